import { defineConfig } from 'vitest/config';

export default defineConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		// Stored times are shown in the company's zone; tests pin it so results do not depend on the machine.
		env: { TZ: 'Asia/Shanghai' },
	},
});
