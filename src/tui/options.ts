/**
 * What the CLI hands the TUI. The TUI renders and sends keys to the session; it loads nothing
 * itself, so it can be tested with fakes.
 */
import type { LessonEngine } from '../engine/lesson-engine.js';
import type { Lang } from '../lesson/model.js';
import type { ProgressStore } from '../session/progress-store.js';

/** One row of the lesson picker. */
export interface LessonChoice {
  id: string;
  title: string;
  description: string;
  source: 'bundled' | 'user' | 'path';
  isBroken: boolean;
  /** First error of a broken lesson, as `file:line:col: message`. */
  error?: string;
  /**
   * The lesson's version, stage count and update count. When all three are given, the picker
   * looks up and shows the saved progress of the lesson.
   */
  version?: number;
  stages?: number;
  updates?: number;
}

export interface OpenedLesson {
  engine?: LessonEngine;
  /** Why the lesson could not be opened. */
  errors: string[];
}

export interface TuiOptions {
  lang: Lang;
  /** Lesson id or path given on the command line; without it the picker is shown. */
  lessonArg?: string;
  /** The lessons for the picker (light: no engine needed). */
  listLessons: () => Promise<LessonChoice[]>;
  /** Loads, compiles and self-checks a lesson (loads the engine on first use). */
  openLesson: (idOrPath: string) => Promise<OpenedLesson>;
  progress: ProgressStore;
  /** A randomised variant (`quiz --seed N`). */
  seed?: number;
  /** Start over, ignoring saved progress (`--reset`). */
  isReset?: boolean;
  /**
   * Whether to use colour and text styles. By default: no when NO_COLOR is set (non-empty) or
   * TERM is `dumb`. Meaning is never carried by colour alone.
   */
  isColor?: boolean;
  stdin?: NodeJS.ReadStream;
  stdout?: NodeJS.WriteStream;
}
