/**
 * The starter lesson `dl-tutor new NAME` writes: the smallest complete lesson, one linear unit
 * y = w * x + b, with a comment on every key so an author can grow it into a real one.
 */
import { ID_PATTERN } from './schema-parts.js';

/** Whether `name` can be a lesson id (and so a starter's file name). */
export function isLessonId(name: string): boolean {
  return ID_PATTERN.test(name);
}

/**
 * The text of a starter lesson with the given id. It validates as it is.
 *
 * @example starterLesson('my-first-lesson').startsWith('# A starter lesson')  // true
 */
export function starterLesson(id: string): string {
  return `# A starter lesson made by "dl-tutor new". Check it after each change: dl-tutor validate FILE
# Every key is described in docs/authoring.md. Texts are {ko: ..., en: ...}; one may be missing.

id: ${id}            # lowercase letters, digits and "-"; unique among your lessons
version: 1           # raise it when you change the stages; progress is kept per id and version

title: {ko: "선형 유닛 하나", en: "One linear unit"}
description:         # one line, shown by "dl-tutor list"
  ko: y = w * x + b 하나로 순전파, 그래디언트, 업데이트를 연습해요.
  en: Forward pass, gradients and updates for a single y = w * x + b.
intro:               # shown before the first stage
  ko: |-
    유닛 하나짜리 신경망이에요. y = w * x + b, 손실은 L = 1/2 * (y - t)^2.
    x = 2, t = 1에서 시작하고, 학습률 lr = 0.1로 두 번 업데이트해요.
  en: |-
    A network of one unit: y = w * x + b, with the loss L = 1/2 * (y - t)^2.
    It starts at x = 2, t = 1 and takes two steps with learning rate lr = 0.1.

# The matrices the lesson starts with, in order. entries names each scalar, value gives the
# start (a parameter) or the data. vary is the range used for random variants (--seed).
symbols:
  w: {role: parameter, entries: [[w]], value: [[0.5]], vary: [-1, 1]}
  b: {role: parameter, entries: [[b]], value: [[0]], vary: [-1, 1]}
  x: {role: data, entries: [[x]], value: [[2]], vary: [0.5, 2]}
  t: {role: target, entries: [[t]], value: [[1]], vary: [-1, 1]}

# Forward equations, evaluated in order; each may use the symbols and earlier forward names.
forward:
  y: {entries: [[y]], expr: "w * x + b"}

loss: {name: L, expr: "1/2 * (y - t)^2"}   # must come out 1x1
training: {learningRate: 0.1, updates: 2}  # lr in answers is learningRate

# Named mistakes: when match (with ANSWER for the learner's answer) equals the expected
# answer, the learner sees message.
diagnoses:
  - id: forgot-input
    match: "ANSWER * x"
    message:
      ko: dL/dy까지는 맞아요. 여기에 dy/dw = x를 곱해야 해요.
      en: That is dL/dy. Multiply it by dy/dw = x.
    stages: ["dL/dw"]

# The questions of one update, in order. asks is a forward name or the loss (forward), dL/d<name>
# (gradient; later answers may call it d<name>), or a parameter (its value after the update).
stages:
  - asks: y
    prompt: {ko: "y를 구하세요.", en: "Compute y."}
    expected: "w * x + b"
    hints:
      - {ko: "w와 x를 곱하고 b를 더해요.", en: "Multiply w by x, then add b."}
    explanation: {ko: "y = 0.5 * 2 + 0 = 1이에요.", en: "y = 0.5 * 2 + 0 = 1."}

  - asks: L
    prompt: {ko: "손실 L을 구하세요.", en: "Compute the loss L."}
    expected: "1/2 * (y - t)^2"
    explanation:
      ko: 오차 y - t를 제곱하고 반으로 나눠요.
      en: Square the error y - t and halve it.

  - asks: dL/dw
    prompt: {ko: "dL/dw를 구하세요.", en: "Compute dL/dw."}
    expected: "(y - t) * x"
    hints:
      - {ko: "체인룰: dL/dw = dL/dy * dy/dw", en: "Chain rule: dL/dw = dL/dy * dy/dw"}
      - {ko: "dL/dy = y - t이고 dy/dw = x예요.", en: "dL/dy = y - t and dy/dw = x."}
    explanation:
      ko: 오차에 입력을 곱한 값이에요.
      en: The error times the input.
    links:                     # entry [row, col] of the answer -> its scalar chain rule
      - entry: [1, 1]
        name: "dL/dw"
        chain: "dL/dy * dy/dw"  # shown as written
        formula: "(y - t) * x"  # checked against the expected answer

  - asks: dL/db
    prompt: {ko: "dL/db를 구하세요.", en: "Compute dL/db."}
    expected: "y - t"
    explanation:
      ko: dy/db = 1이라서 오차 그대로예요.
      en: dy/db = 1, so it is the error itself.
    mistakes:                  # wrong answers you expect, with their own feedback
      - answer: "(y - t) * x"
        feedback:
          ko: 그건 dL/dw예요. b에는 x가 곱해지지 않아요.
          en: That is dL/dw. Nothing multiplies b by x.

  - asks: w
    prompt: {ko: "업데이트한 w를 구하세요.", en: "Compute the updated w."}
    expected: "w - lr * dw"
    explanation:
      ko: 그래디언트의 반대 방향으로 lr만큼 움직여요.
      en: Step against the gradient, scaled by lr.

  - asks: b
    prompt: {ko: "업데이트한 b를 구하세요.", en: "Compute the updated b."}
    expected: "b - lr * db"
    explanation:
      ko: w와 같은 규칙이에요.
      en: The same rule as for w.
`;
}
