// The Markdown a trainer copies: one guide per procedure and theme, whose numbered steps and images match the
// files written, and an index of the guides. Written from the frames actually taken, never from a list kept apart.
import { imageSize } from './frame.mjs';
import { admin } from './sign-in.mjs';

/** First line of every file written: marks the output folder as ours, so a later run may empty it. */
export const generatedMarker = '<!-- Written by `npm run guides` (scripts/guides/run.mjs); a new run replaces this folder. -->';

const themeLabel = (theme) => `${theme} theme`;
const paragraph = (text) => text.replace(/\s*\n\s*/g, ' ').trim();
const indent = (text) => text.replace(/\n/g, '\n   ');

function beforeYouStart(procedure) {
  // A procedure done by its own account (not an administrator's) says who, and why, itself.
  if (procedure.account) return `**Before you start:** ${procedure.account.before}`;
  return `**Before you start:** sign in to Roles Portal as at least a ${admin.role} (in the demo tenant: ${admin.displayName},
\`${admin.upn}\`). A Global Administrator can do it too; other admins see the commands turned off, with the reason.`;
}

/** The guide of one procedure in one theme; `frames` are what performProcedure took, in order. */
export function guideMarkdown({ procedure, theme, frames, themes }) {
  const steps = frames.filter((frame) => !frame.isResult);
  const result = frames.find((frame) => frame.isResult);
  const others = themes.filter((other) => other !== theme);
  const lines = [
    generatedMarker,
    `# ${procedure.title}`,
    '',
    paragraph(procedure.intro),
    '',
    paragraph(beforeYouStart(procedure)),
    '',
    `The screenshots show the ${themeLabel(theme)}${others.length ? `; the same guide in the ${others.map((other) => `[${themeLabel(other)}](../${other}/README.md)`).join(' and ')}` : ''}. The control to select in each step is outlined in red.`,
    '',
    '## Steps',
    '',
    ...steps.flatMap((frame, index) => [`${index + 1}. ${indent(frame.say)}`, '', `   ![${frame.alt}](${frame.file})`, '']),
  ];
  if (result) lines.push('## Result', '', paragraph(result.say), '', `![${result.alt}](${result.file})`, '');
  return lines.join('\n');
}

/** The output folder's README: every procedure written, with a link to its guide in each theme. */
export function indexMarkdown({ written, themes }) {
  return [
    generatedMarker,
    '# Roles Portal training guides',
    '',
    paragraph(`Step-by-step guides for the procedures of Microsoft Entra's "Roles & admins", performed in Roles Portal on
the Contoso demo tenant, each from a freshly reset tenant. Every step has a ${imageSize.width} × ${imageSize.height}
PNG screenshot with the control to select outlined in red, numbered in the order of the steps.`),
    '',
    `| Procedure | Steps | ${themes.map((theme) => `${theme[0]?.toUpperCase()}${theme.slice(1)}`).join(' | ')} |`,
    `|---|---|${themes.map(() => '---|').join('')}`,
    ...written.map(({ procedure, steps }) =>
      `| ${procedure.title} | ${steps} | ${themes.map((theme) => `[guide](${procedure.slug}/${theme}/README.md)`).join(' | ')} |`),
    '',
  ].join('\n');
}
