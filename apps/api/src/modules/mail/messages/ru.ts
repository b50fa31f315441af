import type { MatchStage } from '@galaxy/contracts';
import { pluralsOf, type CurationDecision, type MailMessages } from './mail-messages';
import { reasonText, type ReasonWords } from './reasons';

const plural = pluralsOf('ru');
const hours = (n: number) => plural(n, { one: `${n} час`, few: `${n} часа`, many: `${n} часов`, other: `${n} часа` });
const days = (n: number) => plural(n, { one: `${n} день`, few: `${n} дня`, many: `${n} дней`, other: `${n} дня` });
const months = (n: number) =>
  plural(n, { one: `${n} месяц`, few: `${n} месяца`, many: `${n} месяцев`, other: `${n} месяца` });

const STAGES: Record<MatchStage, string> = {
  suggested: 'Предложено',
  introduced: 'Знакомство состоялось',
  exploring: 'Обсуждение',
  agreed: 'Договорились',
  implementing: 'Реализация',
  completed: 'Завершено',
  dropped: 'Прекращено',
};

const DECISIONS: Record<CurationDecision, { subject: string; body: string }> = {
  approve: { subject: 'Опубликовано', body: 'одобрено и теперь опубликовано в Galaxy' },
  request_changes: {
    subject: 'Требуются изменения',
    body: 'нужно доработать, прежде чем его можно будет опубликовать',
  },
  reject: { subject: 'Не принято', body: 'не принято к публикации' },
  unpublish: { subject: 'Снято с публикации', body: 'снято с публикации и больше не отображается в Galaxy' },
};

const REASONS: ReasonWords = {
  listSeparator: ', ',
  goal: (n, name) => `ЦУР ${n} (${name})`,
  modalities: {
    peer_exchange: 'обмен опытом',
    training: 'обучение',
    expert_deployment: 'направление экспертов',
    technology_transfer: 'передача технологий',
    policy_advice: 'консультации по политике',
    finance: 'финансирование',
    equipment: 'оборудование',
  },
  sharedTargets: (list) => `Работает над теми же задачами ЦУР: ${list}`,
  sharedGoals: (list) => `Работает над теми же ЦУР: ${list}`,
  sameSubregion: (list) => `Работает в том же субрегионе: ${list}`,
  sameRegion: (list) => `Работает в том же регионе: ${list}`,
  sharedLanguage: (list) => `Общий рабочий язык: ${list}`,
  modalityFit: (list) => `Предлагает нужную поддержку: ${list}`,
  trackRecord: (n) =>
    plural(n, {
      one: `${n} опубликованное решение по этим ЦУР в регионе`,
      few: `${n} опубликованных решения по этим ЦУР в регионе`,
      many: `${n} опубликованных решений по этим ЦУР в регионе`,
      other: `${n} опубликованного решения по этим ЦУР в регионе`,
    }),
  verified: { staff: 'Проверено сотрудниками Galaxy', email_domain: 'Проверено по почтовому домену' },
  textRelevance: 'Описание соответствует запросу',
  eligible: 'Предложение доступно для страны, подавшей запрос',
};

export const ru: MailMessages = {
  verifyEmail: ({ link, hours: h }) => ({
    subject: 'Подтвердите адрес электронной почты для Galaxy',
    text: `Добро пожаловать в Galaxy!\n\nПодтвердите адрес электронной почты, открыв эту ссылку (она действует ${hours(h)}):\n\n${link}\n\nЕсли вы не регистрировались, просто проигнорируйте это письмо.`,
  }),

  resetPassword: ({ link, hours: h }) => ({
    subject: 'Сброс пароля Galaxy',
    text: `Кто-то запросил сброс пароля вашей учётной записи Galaxy.\n\nЗадайте новый пароль по этой ссылке (она действует ${hours(h)}):\n\n${link}\n\nЕсли это были не вы, проигнорируйте это письмо: ваш пароль останется прежним.`,
  }),

  unlockLogin: ({ link, hours: h }) => ({
    subject: 'Неудачные попытки входа в вашу учётную запись Galaxy',
    text: `Несколько попыток войти в вашу учётную запись Galaxy были сделаны с неверным паролем. Вход с того адреса, откуда они шли, на время замедлен; с другого места вы по-прежнему можете войти.\n\nЕсли вы сами не можете войти, эта ссылка сразу снимает ограничение (она действует ${hours(h)}, один раз):\n\n${link}\n\nЕсли это были не вы, ваш пароль выдержал; длинный пароль сохранит его таким.`,
  }),

  signupExisting: ({ loginLink, resetLink }) => ({
    subject: 'Кто-то пытался зарегистрироваться в Galaxy с вашим адресом',
    text: `Кто-то пытался создать учётную запись Galaxy с этим адресом электронной почты, для которого учётная запись уже есть.\n\nЕсли это были вы, войдите здесь:\n\n${loginLink}\n\nЗабыли пароль? Задайте новый здесь:\n\n${resetLink}\n\nЕсли это были не вы, проигнорируйте это письмо: ничего не изменилось.`,
  }),

  invitation: ({ inviter, organization, role, link, days: d }) => ({
    subject: `${inviter} приглашает вас присоединиться к организации «${organization}» в Galaxy`,
    text: `${inviter} приглашает вас присоединиться к организации «${organization}» в Galaxy в качестве ${role === 'admin' ? 'администратора' : 'редактора'}.\n\nПримите приглашение по этой ссылке (она действует ${days(d)}; если у вас нет учётной записи, сначала зарегистрируйтесь с этим адресом электронной почты):\n\n${link}\n`,
  }),

  contactMessage: ({ sender, senderEmail, organization, message }) => ({
    subject: `Сообщение для организации «${organization}» через Galaxy от ${sender}`,
    text: `${sender} <${senderEmail}> пишет организации «${organization}» через Galaxy:\n\n${message}\n\nОтвечайте напрямую на адрес ${senderEmail}. Galaxy не сообщал отправителю ваш адрес.`,
  }),

  solutionSubmitted: ({ title, organization, revision, link }) => ({
    subject: `На рассмотрение: ${title}`,
    text: `Организация «${organization}» отправила ${revision ? 'новую редакцию опубликованного решения' : 'новое решение'}: «${title}».\n\nОткрыть для рассмотрения:\n\n${link}\n`,
  }),

  solutionDecided: ({ decision, title, note, link }) => ({
    subject: `${DECISIONS[decision].subject}: ${title}`,
    text: `Решение «${title}» ${DECISIONS[decision].body}.${note ? `\n\nКомментарий куратора:\n\n${note}` : ''}\n\nПодробнее здесь:\n\n${link}\n`,
  }),

  verificationReminder: ({ title, months: m, validDays, link }) => ({
    subject: `Сведения о решении «${title}» всё ещё верны?`,
    text: `Решение «${title}» опубликовано в Galaxy, и его не проверяли уже ${months(m)}.\n\nЕсли сведения в нём по-прежнему верны, подтвердите это одним щелчком (ссылка действует ${days(validDays)}):\n\n${link}\n\nЕсли что-то изменилось, ответьте на это письмо или войдите в Galaxy, чтобы обновить решение.\n`,
  }),

  matchIntroduction: ({ recipient, provider, need, reasons, note, link }) => ({
    subject: `Знакомство: ${recipient} и ${provider}`,
    text: `Galaxy знакомит организацию «${recipient}», которой нужна поддержка по запросу «${need}», с организацией «${provider}».\n\nПочему мы считаем, что это сотрудничество может быть успешным:\n${reasons.map((r) => `- ${reasonText('ru', REASONS, r)}`).join('\n') || '- Решение посредника'}\n${note ? `\nПосредник добавляет:\n\n${note}\n` : ''}\n${provider}: примите или отклоните знакомство по ссылке ниже. Там же вы сможете писать друг другу:\n\n${link}\n`,
  }),

  matchStage: ({ need, recipient, provider, stage, note, link }) => {
    const match = `Партнёрство между «${recipient}» и «${provider}»`;
    const sentence: Record<MatchStage, string> = {
      suggested: `Предложено партнёрство между «${recipient}» и «${provider}».`,
      introduced: `Организации «${recipient}» и «${provider}» представлены друг другу.`,
      exploring: `Организация «${provider}» приняла знакомство с «${recipient}»: теперь вы обсуждаете партнёрство.`,
      agreed: `${match} согласовано.`,
      implementing: `${match} реализуется.`,
      completed: `${match} завершено.`,
      dropped: `${match} прекращено.`,
    };
    return {
      subject: `${need}: ${STAGES[stage]}`,
      text: `${sentence[stage]}${note ? `\n\n${note}` : ''}\n\n${link}\n`,
    };
  },

  matchMessage: ({ author, need, body, link }) => ({
    subject: `Новое сообщение: ${need}`,
    text: `${author} пишет по запросу «${need}»:\n\n${body}\n\nОтветить можно здесь:\n\n${link}\n`,
  }),

  matchIdle: ({ days: d, need, recipient, provider, stage, link }) => ({
    subject: `Нет новостей уже ${days(d)}: ${need}`,
    text: `В партнёрстве между «${recipient}» и «${provider}» ничего не происходит уже ${days(d)} (этап: ${STAGES[stage]}). Каков следующий шаг?\n\n${link}\n`,
  }),
};
