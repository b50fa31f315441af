import type { MatchStage } from '@galaxy/contracts';
import { pluralsOf, type CurationDecision, type MailMessages } from './mail-messages';
import { reasonText, type ReasonWords } from './reasons';

const plural = pluralsOf('ar');
const hours = (n: number) =>
  plural(n, {
    zero: `${n} ساعة`,
    one: 'ساعة واحدة',
    two: 'ساعتين',
    few: `${n} ساعات`,
    many: `${n} ساعة`,
    other: `${n} ساعة`,
  });
const days = (n: number) =>
  plural(n, {
    zero: `${n} يوم`,
    one: 'يوم واحد',
    two: 'يومين',
    few: `${n} أيام`,
    many: `${n} يومًا`,
    other: `${n} يوم`,
  });
const months = (n: number) =>
  plural(n, {
    zero: `${n} شهر`,
    one: 'شهر واحد',
    two: 'شهرين',
    few: `${n} أشهر`,
    many: `${n} شهرًا`,
    other: `${n} شهر`,
  });

const STAGES: Record<MatchStage, string> = {
  suggested: 'مقترح',
  introduced: 'تم التعريف',
  exploring: 'قيد الاستكشاف',
  agreed: 'متفق عليه',
  implementing: 'قيد التنفيذ',
  completed: 'مكتمل',
  dropped: 'متوقف',
};

const DECISIONS: Record<CurationDecision, { subject: string; body: string }> = {
  approve: { subject: 'تم النشر', body: 'حظي بالموافقة وأصبح منشورًا الآن على غالاكسي' },
  request_changes: { subject: 'مطلوب إجراء تعديلات', body: 'يحتاج إلى تعديلات قبل أن يمكن نشره' },
  reject: { subject: 'لم يُقبل', body: 'لم يُقبل للنشر' },
  unpublish: { subject: 'أُلغي النشر', body: 'أُلغي نشره ولم يعد يظهر على غالاكسي' },
};

const REASONS: ReasonWords = {
  listSeparator: '، ',
  goal: (n, name) => `الهدف ${n} (${name})`,
  modalities: {
    peer_exchange: 'تبادل الخبرات بين النظراء',
    training: 'التدريب',
    expert_deployment: 'إيفاد الخبراء',
    technology_transfer: 'نقل التكنولوجيا',
    policy_advice: 'المشورة في مجال السياسات',
    finance: 'التمويل',
    equipment: 'المعدات',
  },
  sharedTargets: (list) => `يعمل على غايات أهداف التنمية المستدامة نفسها: ${list}`,
  sharedGoals: (list) => `يعمل على أهداف التنمية المستدامة نفسها: ${list}`,
  sameSubregion: (list) => `يعمل في المنطقة دون الإقليمية نفسها: ${list}`,
  sameRegion: (list) => `يعمل في المنطقة نفسها: ${list}`,
  sharedLanguage: (list) => `يشترك في لغة عمل: ${list}`,
  modalityFit: (list) => `يقدّم الدعم المطلوب: ${list}`,
  trackRecord: (n) =>
    plural(n, {
      zero: 'لا حلول منشورة بشأن هذه الأهداف في المنطقة',
      one: 'حل واحد منشور بشأن هذه الأهداف في المنطقة',
      two: 'حلّان منشوران بشأن هذه الأهداف في المنطقة',
      few: `${n} حلول منشورة بشأن هذه الأهداف في المنطقة`,
      many: `${n} حلًا منشورًا بشأن هذه الأهداف في المنطقة`,
      other: `${n} حل منشور بشأن هذه الأهداف في المنطقة`,
    }),
  verified: {
    staff: 'تحقّق منه فريق غالاكسي',
    email_domain: 'متحقَّق منه عبر نطاق بريده الإلكتروني',
  },
  textRelevance: 'وصفه يطابق الطلب',
  eligible: 'العرض متاح للبلد الطالب',
};

export const ar: MailMessages = {
  verifyEmail: ({ link, hours: h }) => ({
    subject: 'تأكيد عنوان بريدك الإلكتروني في غالاكسي',
    text: `مرحبًا بك في غالاكسي.\n\nيُرجى تأكيد عنوان بريدك الإلكتروني بفتح هذا الرابط (صالح لمدة ${hours(h)}):\n\n${link}\n\nإذا لم تقم بالتسجيل، فتجاهل هذه الرسالة.`,
  }),

  resetPassword: ({ link, hours: h }) => ({
    subject: 'إعادة تعيين كلمة المرور في غالاكسي',
    text: `طلب أحدهم إعادة تعيين كلمة المرور لحسابك في غالاكسي.\n\nاختر كلمة مرور جديدة من هنا (الرابط صالح لمدة ${hours(h)}):\n\n${link}\n\nإذا لم تكن أنت من طلب ذلك، فتجاهل هذه الرسالة: ستبقى كلمة المرور كما هي.`,
  }),

  unlockLogin: ({ link, hours: h }) => ({
    subject: 'محاولات دخول فاشلة إلى حسابك في غالاكسي',
    text: `استخدمت عدة محاولات لتسجيل الدخول إلى حسابك في غالاكسي كلمة مرور خاطئة. تُبطَّأ محاولات الدخول من مصدرها لبعض الوقت، ويمكنك تسجيل الدخول من مكان آخر.\n\nإذا تعذّر عليك تسجيل الدخول بنفسك، فهذا الرابط يرفع القيد فورًا (صالح لمدة ${hours(h)}، لمرة واحدة):\n\n${link}\n\nإذا لم تكن هذه المحاولات منك، فقد صمدت كلمة المرور؛ وكلمة المرور الطويلة تُبقيها كذلك.`,
  }),

  signupExisting: ({ loginLink, resetLink }) => ({
    subject: 'حاول أحدهم التسجيل في غالاكسي بعنوانك',
    text: `حاول أحدهم إنشاء حساب في غالاكسي بهذا العنوان الإلكتروني، وله حساب بالفعل.\n\nإذا كنت أنت، فسجّل الدخول من هنا:\n\n${loginLink}\n\nهل نسيت كلمة المرور؟ اختر كلمة جديدة من هنا:\n\n${resetLink}\n\nإذا لم تكن أنت، فتجاهل هذه الرسالة: لم يتغير شيء.`,
  }),

  invitation: ({ inviter, organization, role, link, days: d }) => ({
    subject: `دعوة من ${inviter} للانضمام إلى ${organization} على غالاكسي`,
    text: `تلقيت دعوة من ${inviter} للانضمام إلى ${organization} على غالاكسي بصفة ${role === 'admin' ? 'مسؤول' : 'محرّر'}.\n\nللقبول، افتح هذا الرابط (صالح لمدة ${days(d)}؛ وإن لم يكن لديك حساب، فأنشئ حسابًا أولًا بعنوان البريد الإلكتروني هذا):\n\n${link}\n`,
  }),

  contactMessage: ({ sender, senderEmail, organization, message }) => ({
    subject: `رسالة إلى ${organization} عبر غالاكسي من ${sender}`,
    text: `رسالة من ${sender} <${senderEmail}> إلى ${organization} عبر غالاكسي:\n\n${message}\n\nيمكنكم الرد مباشرة على ${senderEmail}. لم يشارك غالاكسي عنوانكم.`,
  }),

  solutionSubmitted: ({ title, organization, revision, link }) => ({
    subject: `للمراجعة: ${title}`,
    text: `${revision ? 'أُرسلت نسخة معدّلة من حل منشور' : 'أُرسل حل جديد'} من قِبل ${organization}: «${title}».\n\nللمراجعة، افتح هذا الرابط:\n\n${link}\n`,
  }),

  solutionDecided: ({ decision, title, note, link }) => ({
    subject: `${DECISIONS[decision].subject}: ${title}`,
    text: `الحل «${title}» ${DECISIONS[decision].body}.${note ? `\n\nملاحظة القيّم:\n\n${note}` : ''}\n\nللاطلاع عليه، افتح هذا الرابط:\n\n${link}\n`,
  }),

  verificationReminder: ({ title, months: m, validDays, link }) => ({
    subject: `هل لا تزال المعلومات عن «${title}» دقيقة؟`,
    text: `الحل «${title}» مدرج على غالاكسي، ولم يُتحقق منه منذ ${months(m)}.\n\nإذا كان ما يذكره لا يزال دقيقًا، فيُرجى تأكيد ذلك بنقرة واحدة (الرابط صالح لمدة ${days(validDays)}):\n\n${link}\n\nإذا تغيّر شيء ما، فيُرجى الرد على هذه الرسالة أو تسجيل الدخول إلى غالاكسي لتحديثه.\n`,
  }),

  matchIntroduction: ({ recipient, provider, need, reasons, note, link }) => ({
    subject: `تعارف: ${recipient} و${provider}`,
    text: `يعرّف غالاكسي الجهة الطالبة ${recipient}، التي تحتاج إلى دعم بشأن «${need}»، بالجهة المقدِّمة ${provider}.\n\nلماذا نعتقد أن هذا التعاون قد ينجح:\n${reasons.map((r) => `- ${reasonText('ar', REASONS, r)}`).join('\n') || '- تقدير الوسيط'}\n${note ? `\nيضيف الوسيط:\n\n${note}\n` : ''}\n${provider}: يُرجى قبول التعارف أو رفضه من هنا، حيث يمكن للطرفين أيضًا التراسل:\n\n${link}\n`,
  }),

  matchStage: ({ need, recipient, provider, stage, note, link }) => {
    const parties = `${recipient} و${provider}`;
    const sentence: Record<MatchStage, string> = {
      suggested: `اقتُرح التوفيق بين ${parties}.`,
      introduced: `تم التعريف بين ${parties}.`,
      exploring: `قبلت الجهة المقدِّمة ${provider} التعارف مع ${recipient}؛ ويمكنكم الآن استكشاف الشراكة.`,
      agreed: `تم الاتفاق في التوفيق بين ${parties}.`,
      implementing: `التوفيق بين ${parties} قيد التنفيذ الآن.`,
      completed: `اكتمل التوفيق بين ${parties}.`,
      dropped: `توقّف التوفيق بين ${parties}.`,
    };
    return {
      subject: `${need}: ${STAGES[stage]}`,
      text: `${sentence[stage]}${note ? `\n\n${note}` : ''}\n\n${link}\n`,
    };
  },

  matchMessage: ({ author, need, body, link }) => ({
    subject: `رسالة جديدة: ${need}`,
    text: `رسالة من ${author} بشأن «${need}»:\n\n${body}\n\nللرد، افتح هذا الرابط:\n\n${link}\n`,
  }),

  matchIdle: ({ days: d, need, recipient, provider, stage, link }) => ({
    subject: `لا جديد منذ ${days(d)}: ${need}`,
    text: `لم يحدث أي جديد منذ ${days(d)} في التوفيق بين ${recipient} و${provider} (المرحلة: ${STAGES[stage]}). ما الخطوة التالية؟\n\n${link}\n`,
  }),
};
