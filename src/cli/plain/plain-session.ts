/**
 * A whole session line by line: the same reducer as the TUI, driven by lines of input.
 * Progress is saved after every step. A solved stage and an applied update go on by
 * themselves, so a file with one answer a line (and y/n where asked) completes the lesson.
 */
import stringWidth from 'string-width';
import type { LessonEngine } from '../../engine/lesson-engine.js';
import type { Lang } from '../../lesson/model.js';
import { t } from '../../messages/index.js';
import type { LessonKey, ProgressStore } from '../../session/progress-store.js';
import { reduce } from '../../session/reduce.js';
import type { Phase, SessionEvent, SessionState } from '../../session/state.js';
import { EXIT } from '../exit-codes.js';
import { feedbackLines } from '../feedback-lines.js';
import { say } from '../text/index.js';
import type { LineInput } from './line-input.js';
import { commandOf } from './plain-commands.js';
import type { PlainOutput } from './plain-output.js';
import { startingState } from './resume.js';
import { appliedLines, introLines, knownLines, summaryLines } from './session-text.js';
import { answerPrompt, hintLine, questionLines, solvedLines } from './stage-text.js';
import { askYesNo } from './yes-no.js';

export interface PlainSessionOptions {
  engine: LessonEngine;
  key: LessonKey;
  store: ProgressStore;
  lang: Lang;
  input: LineInput;
  out: PlainOutput;
  /** Warnings (progress that cannot be read or saved), one line each. */
  warn: (text: string) => void;
  isReset: boolean;
}

type Asking = Extract<Phase, { kind: 'asking' }>;

function isUntouched(state: SessionState): boolean {
  const { phase } = state;
  if (state.records.length > 0) return false;
  return phase.kind === 'intro' || (phase.kind === 'asking' && phase.tries + phase.hints === 0);
}

/**
 * One plain-mode run of a lesson.
 *
 * @example await new PlainSession(options).run()  // 0 when finished, 1 when left unfinished
 */
export class PlainSession {
  /** The state now, for saving on a signal; undefined before the session has started. */
  state: SessionState | undefined;
  private readonly options: PlainSessionOptions;
  private readonly warned = new Set<string>();
  private shownUpdate = 0;
  private shownStage = '';

  constructor(options: PlainSessionOptions) {
    this.options = options;
  }

  /** Runs to the end of the lesson (0) or until quit or the end of input (1). */
  async run(): Promise<number> {
    const { engine, lang, out } = this.options;
    const start = await startingState({ ...this.options, warn: (w) => this.warn(w) });
    if (!start) return EXIT.unfinished;
    this.state = start;

    if (start.phase.kind === 'intro') {
      out.lines(introLines(engine, lang));
      await this.dispatch({ type: 'begin' });
    }

    for (;;) {
      const phase = this.state.phase;
      if (phase.kind === 'done') {
        out.lines(summaryLines(engine, this.state, lang));
        return EXIT.ok;
      }
      const isGoingOn = await this.step(phase);
      if (!isGoingOn) {
        await this.save();
        out.line(say(lang, 'plain.saved'));
        return EXIT.unfinished;
      }
    }
  }

  /**
   * Saves the state now (also on a signal). A run nothing has happened in yet is not saved,
   * so that opening a finished lesson again keeps its score until the first answer.
   */
  async save(): Promise<void> {
    if (!this.state || isUntouched(this.state)) return;
    const warning = await this.options.store.save(this.options.key, this.state);
    if (warning) this.warn(warning);
  }

  /** One turn; false when the learner quits or the input ends. */
  private async step(phase: Exclude<Phase, { kind: 'done' }>): Promise<boolean> {
    const { engine, lang, out } = this.options;
    switch (phase.kind) {
      case 'intro':
        await this.dispatch({ type: 'begin' });
        return true;
      case 'asking':
        return this.ask(phase);
      case 'solved': {
        this.show(phase.update, phase.stage, false);
        const { verdict, lines } = solvedLines(engine, phase, lang);
        for (const headline of verdict) out.line(out.paint('good', headline));
        out.lines(lines);
        await this.dispatch({ type: 'continue' });
        return true;
      }
      case 'applied':
        out.lines(appliedLines(engine, phase.update, lang));
        await this.dispatch({ type: 'continue' });
        return true;
      case 'carry': {
        out.line();
        const question = t(lang, 'label.carry-question', { update: phase.update });
        const isReusing = await askYesNo(question, this.options.input, out, lang);
        if (isReusing === undefined) return false;
        await this.dispatch({ type: 'reuse', isReusing });
        return true;
      }
    }
  }

  private async ask(phase: Asking): Promise<boolean> {
    const { engine, lang, out, input } = this.options;
    const stage = engine.stages[phase.stage]!;
    this.show(phase.update, phase.stage, true);

    const prompt = answerPrompt(stage, lang);
    const line = await input.ask(prompt);
    if (line === undefined) return false;

    const command = commandOf(line);
    if (command === 'unknown') {
      out.line(say(lang, 'plain.unknown-command', { command: line.trim() }));
      return true;
    }
    if (command === 'quit') return false;
    if (command === 'help') {
      out.lines(say(lang, 'plain.help').split('\n'));
      return true;
    }
    if (command === 'hint') {
      await this.dispatch({ type: 'hint' });
      const hints = (this.state!.phase as Asking).hints;
      out.line(hintLine(stage, hints, hints > phase.hints, lang));
      return true;
    }
    if (command === 'reveal') {
      await this.dispatch({ type: 'reveal' });
      return true;
    }

    await this.dispatch({ type: 'submit', text: line });
    const after = this.state!.phase;
    if (after.kind === 'asking' && after.last) {
      const feedback = feedbackLines(after.last, line, lang, stringWidth(prompt));
      if (feedback.caret) out.line(feedback.caret);
      out.line(out.paint(after.last.verdict === 'wrong' ? 'bad' : 'note', feedback.headline));
      out.lines(feedback.details);
    }
    return true;
  }

  /** Prints what is known when an update starts (or a run resumes), and each new question. */
  private show(update: number, stage: number, isAsking: boolean): void {
    const { engine, lang, out } = this.options;
    if (update !== this.shownUpdate) {
      out.lines(knownLines(engine, update, stage, lang));
      this.shownUpdate = update;
    }
    const position = `${update}:${stage}`;
    if (isAsking && position !== this.shownStage) {
      out.lines(questionLines(engine, engine.stages[stage]!, lang));
    }
    this.shownStage = position;
  }

  private async dispatch(event: SessionEvent): Promise<void> {
    this.state = reduce(this.state!, event, this.options.engine);
    await this.save();
  }

  private warn(text: string): void {
    if (this.warned.has(text)) return;
    this.warned.add(text);
    this.options.warn(text);
  }
}
