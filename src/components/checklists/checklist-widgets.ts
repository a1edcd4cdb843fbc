/**
 * The script a checklist's page loads up front: the run's code arrives on the first tap
 * (`upgrade.ts`), or at once when a run was left unfinished on this device.
 */
import { onIdle, upgradeOnUse } from '../upgrade.ts';
import checklistCode from './checklist.ts?lazy-url';
import draftProbeCode from '../../lib/records/draft-probe.ts?lazy-url';

for (const host of document.querySelectorAll<HTMLElement>('gc-checklist')) {
	const upgrade = upgradeOnUse(host, () => import(checklistCode));
	// A run left unfinished shows on arrival, as before the code was lazy.
	onIdle(async () => {
		const { hasDraft } = (await import(draftProbeCode)) as typeof import('../../lib/records/draft-probe.ts');
		if (await hasDraft(host.dataset['template']!)) await upgrade();
	});
}
