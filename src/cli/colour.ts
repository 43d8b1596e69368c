/**
 * Whether to colour stderr, by the conventions people expect: `--color=always|never` wins, then
 * FORCE_COLOR (as Node and chalk read it: any non-empty value but `0` or `false` forces colour, even
 * into a pipe), then NO_COLOR (only a non-empty value turns colour off: no-color.org), then whether
 * stderr is a terminal.
 */
export type ColourMode = 'auto' | 'always' | 'never';

export const COLOUR_MODES: readonly ColourMode[] = ['auto', 'always', 'never'];

/** `--color <when>` gives a mode; `--no-color` gives false; nothing gives undefined (auto). */
export function colourMode(option: string | boolean | undefined): ColourMode {
  if (option === false) return 'never';
  if (option === 'always' || option === 'never') return option;
  return 'auto';
}

export function colourWanted(mode: ColourMode, env: NodeJS.ProcessEnv, terminal: () => boolean): boolean {
  if (mode !== 'auto') return mode === 'always';
  const force = env.FORCE_COLOR;
  if (force !== undefined && force !== '') return force !== '0' && force !== 'false';
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  return terminal();
}
