/**
 * The script a checklist's page loads up front: the run's code arrives on the first tap
 * (`upgrade.ts`), or at once when a run was left unfinished on this device.
 */
import { onIdle, upgradeOnUse } from '../upgrade.ts';

for (const host of document.querySelectorAll<HTMLElement>('gc-checklist')) {
	const upgrade = upgradeOnUse(host, () => import('./checklist.ts'));
	// A run left unfinished shows on arrival, as before the code was lazy.
	onIdle(async () => {
		const { hasDraft } = await import('../../lib/records/draft-probe.ts');
		if (await hasDraft(host.dataset['template']!)) await upgrade();
	});
}
