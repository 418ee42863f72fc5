/** 명령줄의 한국어 문구: 도움말, 텍스트 모드, 오류. `{name}`은 매개변수로 바뀝니다. */
import type { CliTextKey } from './en.js';

export const ko: Record<CliTextKey, string> = {
  'help.description': '행렬로 배우는 역전파, 한 단계씩 풀어 보는 터미널 튜터.',
  'help.version': '버전 출력',
  'help.help': '이 도움말 출력',
  'help.help-command': '명령의 도움말 출력',
  'help.after-error': '(dl-tutor --help에 명령과 옵션이 있습니다)',
  'help.lesson': '레슨 id("dl-tutor list" 참고) 또는 레슨 파일(.yaml)',
  'help.lesson-default': '레슨 id 또는 파일 (기본값: matrix-backprop)',
  'help.lang': '문구의 언어 (기본값: 로캘에 따라)',
  'help.debug': '오류의 스택 트레이스 출력',
  'help.plain': '전체 화면 없이 한 줄씩 하는 텍스트 모드 (터미널이 아니면 자동으로 사용)',
  'help.color': '텍스트 모드에서 색 사용',
  'help.no-color': 'TUI에서도 색을 쓰지 않음',
  'help.reset': '저장된 진행 상황을 지우고 처음부터',
  'help.seed': '시드 n에서 뽑은 무작위 시작값으로 레슨 진행',
  'help.quiz-seed': '풀 변형의 시드 (기본값: 새로 뽑아서 출력하니 다시 풀 수 있습니다)',
  'help.quiz': '무작위 시작값으로 레슨 진행, 변형마다 점수 기록',
  'help.run': '레슨을 처음부터 끝까지 계산해서 출력: 식, 값, 그래디언트, 업데이트',
  'help.run-json': '표 대신 JSON 문서 하나로 출력',
  'help.check': '답 하나를 튜터와 똑같이 채점',
  'help.check-usage': '[options] [lesson] <answer>',
  'help.check-answer': '따옴표로 감싼 답',
  'help.check-stage': 'run이 출력하는 단계 이름: Z, dL/dW2, ... 업데이트는 W1',
  'help.check-update': '업데이트 k 직전의 값에서 채점',
  'help.check-json': '결과를 JSON으로 출력',
  'help.check-after': [
    '예:',
    '  dl-tutor check --stage dL/dW2 "dY * A\'"',
    '  dl-tutor check --stage W1 --update 2 "W1 - lr * dW1"',
    '  dl-tutor check --stage dL/dY -- "-(T - Y)"     (-로 시작하는 답 앞에는 --)',
    '종료 코드: 0 정답, 1 오답, 2 답(또는 단계)을 쓸 수 없음.',
  ].join('\n'),
  'help.export': '레슨을 혼자 실행되는 프로그램으로 출력',
  'help.export-numpy': 'numpy를 쓰는 파이썬 프로그램',
  'help.export-after':
    '예: dl-tutor export --numpy > backprop.py && python3 backprop.py\n' +
    '업데이트마다 JSON 한 줄을 출력하며, 숫자는 "dl-tutor run --json"과 같습니다.',
  'help.list': '기본 레슨, 내 레슨, 지정한 레슨 파일 목록',
  'help.list-files': '함께 보여 줄 레슨 파일(.yaml)',
  'help.validate': '레슨 파일을 검사하고 문제를 모두 출력',
  'help.validate-files': '레슨 파일(.yaml)',
  'help.new': '고쳐 쓸 레슨 틀 만들기',
  'help.new-name': '새 레슨 id (예: my-lesson)',
  'help.new-dir': '만들 폴더 (기본값: {dir})',
  'help.about-lessons':
    'LESSON은 레슨 id("dl-tutor list" 참고) 또는 .yaml 파일입니다. 주지 않으면 TUI는 레슨\n' +
    '목록을 보여 주고, 텍스트 모드와 다른 명령은 matrix-backprop을 씁니다.',
  'help.about-answers':
    "답 쓰는 법: *는 행렬 곱, .*는 칸끼리 곱, '는 전치(A')입니다.\n" +
    'ReLU의 미분은 step이라고 부릅니다 (drelu, heaviside도 됨): z > 0이면 1, 아니면 0.',
  'help.about-plain':
    '텍스트 모드(--plain, 또는 입력이나 출력이 터미널이 아닐 때)는 한 줄에 답 하나, 또는\n' +
    ':hint, :reveal, :help, :quit를 읽고, 물어볼 때는 y나 n을 읽습니다. 입력이 끝나면 저장하고 끝냅니다.',
  'help.about-folders': [
    '데이터 폴더:  {data}',
    '내 레슨:      {lessons}',
    '진행 상황:    {progress}',
    'DL_TUTOR_HOME을 설정하면 레슨과 진행 상황을 다른 폴더에 둡니다.',
  ].join('\n'),
  'help.exit-codes': [
    '종료 코드:',
    '  0    완료: 레슨을 마침, 정답, 명령 성공',
    '  1    오답(check), 레슨을 마치기 전에 끝남',
    '  2    사용법 오류나 쓸 수 없는 입력 (모르는 옵션, 고장 난 레슨, 잘못된 답)',
    '  70   내부 오류 (dl-tutor의 버그이니 알려 주세요)',
    '  129  SIGHUP   130  Ctrl+C (SIGINT)   143  SIGTERM. 끝내기 전에 진행 상황을 저장합니다',
  ].join('\n'),

  'run.settings': '학습률 {lr}, 업데이트 {updates}번',
  'run.data': '데이터',
  'run.initial': '시작 파라미터',
  'run.symbolic': '그래디언트를 {names}의 식으로',
  'run.update': '업데이트 {update}/{updates}',
  'run.forward': ' 순전파',
  'run.gradients': ' 그래디언트',
  'run.after': ' 업데이트 후 파라미터',
  'run.final': '업데이트 {updates} 후 순전파',

  'check.new': '새 {asks}',
  'check.value': '입력한 값: {value}  ({shape})',

  'export.about':
    'dl-tutor가 레슨 파일에서 만든 프로그램입니다. 업데이트 {updates}번마다 JSON 한 줄을\n' +
    '출력합니다: 순전파, 그래디언트, 업데이트 후 파라미터. 마지막 줄은 마지막 업데이트 후의\n' +
    '순전파입니다.',
  'export.data': '데이터',
  'export.parameters': '시작 파라미터',
  'export.after': '마지막 업데이트 후',

  'plain.no-more-hints': '힌트가 더 없습니다. :reveal을 입력하면 정답을 볼 수 있습니다.',
  'plain.yes-or-no': 'y 또는 n으로 답해 주세요.',
  'plain.last-score': '이 레슨을 이미 마쳤습니다 (점수 {score}/{max}). 처음부터 다시 합니다.',
  'plain.saved': '진행 상황을 저장했습니다. 같은 명령을 다시 실행하면 이어서 합니다.',
  'plain.saved-signal': '중단했습니다. 진행 상황은 저장했습니다.',
  'plain.unknown-command': '{command} 명령은 없습니다. :help로 명령을 볼 수 있습니다.',
  'plain.help': [
    '물어본 행렬을 식으로 입력하고 Enter를 누르세요. 예: W1 * x + B',
    "  * 행렬 곱   .* 칸끼리 곱   ' 전치   relu(Z), step(Z), sum(M)",
    '  :hint    다음 힌트',
    '  :reveal  정답 보기 (정답 보기로 기록됩니다)',
    '  :help    이 도움말',
    '  :quit    저장하고 끝내기. 같은 명령을 다시 실행하면 이어서 합니다',
  ].join('\n'),
  'quiz.seed': '변형 시드 {seed} (--seed {seed}로 다시 풀 수 있습니다).',
  warning: '경고: {text}',

  'progress.unreadable': '저장된 진행 상황 {file}을(를) 읽을 수 없어 ({code}) 없이 시작합니다',
  'progress.cannot-move':
    '저장된 진행 상황 {file}을(를) 쓸 수 없고 ({reason}) 옮기지도 못해 ({code}) 없이 시작합니다',
  'progress.cannot-clear':
    '저장된 진행 상황 {file}을(를) 지울 수 없습니다 ({code}). 권한을 확인하세요',

  'error.lesson-unknown': '레슨 "{lesson}"을(를) 열 수 없습니다. "dl-tutor list"를 보세요',
  'error.lesson-more':
    ' (문제가 {count}개 더 있습니다. "dl-tutor validate FILE"로 모두 볼 수 있습니다)',
  'error.unknown-stage': '"{name}" 단계는 없습니다. 단계: {names}',
  'error.update-range': '업데이트 {update}은(는) 없습니다. --update는 1부터 {updates}까지입니다',
  'error.seed': '0부터 {max}까지의 정수를 주세요',
  'error.update': '1 이상의 정수를 주세요 (예: --update 2)',
  'error.check-answer': '확인할 답을 따옴표로 감싸서 주세요: dl-tutor check --stage Z "W1 * x + B"',
  'error.export-format': '내보낼 형식을 고르세요: --numpy (파이썬 프로그램)',
  'error.internal': '내부 오류: {message}. 알려 주세요 (--debug로 자세히 볼 수 있습니다)',
};
