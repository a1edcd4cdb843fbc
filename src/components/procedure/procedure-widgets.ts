/**
 * The one script a procedure page loads up front. It wires the quiz, 阅读确认, the phone's
 * contents sheet and clause-link copying, and fetches each widget's code only when the reader uses it
 * (`upgrade.ts`). One small entry instead of one per widget keeps the bytes a reader pays
 * before touching anything to a minimum.
 */
import { onIdle, upgradeOnUse } from '../upgrade.ts';
import quizCode from '../training/quiz.ts?lazy-url';
import readingProgressCode from '../training/reading-progress.ts?lazy-url';
import acknowledgeCode from '../training/acknowledge.ts?lazy-url';

for (const host of document.querySelectorAll<HTMLElement>('gc-quiz')) upgradeOnUse(host, () => import(quizCode));

const training = document.querySelector<HTMLElement>('gc-procedure-training');
if (training) {
	const track = () =>
		(import(readingProgressCode) as Promise<typeof import('../training/reading-progress.ts')>).then(
			({ trackReading }) => trackReading(training),
		);
	onIdle(() => void track());
	upgradeOnUse(training, () => Promise.all([track(), import(acknowledgeCode)]));
}

const toc = document.getElementById('toc');
const copyStatus = document.querySelector<HTMLElement>('[data-copy-status]');
document.addEventListener('click', (event) => {
	const target = event.target as HTMLElement;
	// On a phone the contents open as a sheet over the text; choosing a section closes it.
	// (hidePopover does nothing where it is not open, as on a desktop, where it is the sidebar.)
	if (target.closest('#toc a')) toc?.hidePopover();
	// A click on a clause number jumps to the clause, as any link does, and copies its full
	// address so it can be pasted into a chat or a report.
	const link = target.closest<HTMLAnchorElement>('.clause > a:first-child');
	if (!link || !copyStatus) return;
	navigator.clipboard?.writeText(link.href).then(
		() => {
			copyStatus.textContent = `已复制条款 ${link.textContent} 的链接`;
			setTimeout(() => (copyStatus.textContent = ''), 3000);
		},
		() => {
			// No clipboard permission: the address bar now shows the link to copy.
		},
	);
});
