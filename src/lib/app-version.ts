/** The app version written into every export's manifest; kept equal to package.json by a unit test. */
export const APP_VERSION = '0.1.0';
