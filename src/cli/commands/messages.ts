/**
 * The words of the lesson commands (list, new, validate) in Korean and English. Lesson
 * problems themselves are English, like compiler messages, and come from the loader.
 */
import type { Lang } from '../../lesson/model.js';

const MESSAGES = {
  en: {
    validateUsage: 'give one or more lesson files: dl-tutor validate FILE...',
    noLessons: 'no lessons found',
    userFolder: (dir: string) => `your lessons folder: ${dir}`,
    broken: 'broken',
    badName: (name: string) =>
      `"${name}" cannot be a lesson id; use lowercase letters, digits and "-", like my-lesson`,
    exists: (file: string) => `${file} already exists; not overwritten. Choose another name`,
    cannotWrite: (file: string, why: string) => `cannot write ${file} (${why})`,
    created: (file: string) => `created: ${file}`,
    next: (file: string) => `check it with: dl-tutor validate ${file}`,
  },
  ko: {
    validateUsage: '레슨 파일을 하나 이상 주세요: dl-tutor validate FILE...',
    noLessons: '레슨이 없어요',
    userFolder: (dir: string) => `내 레슨 폴더: ${dir}`,
    broken: '고장',
    badName: (name: string) =>
      `"${name}"은(는) 레슨 id가 될 수 없어요. 영어 소문자, 숫자, "-"만 써요 (예: my-lesson)`,
    exists: (file: string) => `${file}이(가) 이미 있어요. 덮어쓰지 않았어요. 다른 이름을 고르세요`,
    cannotWrite: (file: string, why: string) => `${file}에 쓸 수 없어요 (${why})`,
    created: (file: string) => `만들었어요: ${file}`,
    next: (file: string) => `확인하기: dl-tutor validate ${file}`,
  },
} as const;

/** The command messages in `lang`. */
export function commandMessages(lang: Lang) {
  return MESSAGES[lang];
}
