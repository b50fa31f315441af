import type { MatchStage } from '@galaxy/contracts';
import { pluralsOf, type CurationDecision, type MailMessages } from './mail-messages';
import { reasonText, type ReasonWords } from './reasons';

const plural = pluralsOf('es');
const hours = (n: number) => plural(n, { one: `${n} hora`, other: `${n} horas` });
const days = (n: number) => plural(n, { one: `${n} día`, other: `${n} días` });

const STAGES: Record<MatchStage, string> = {
  suggested: 'Sugerida',
  introduced: 'Presentada',
  exploring: 'En exploración',
  agreed: 'Acordada',
  implementing: 'En ejecución',
  completed: 'Completada',
  dropped: 'Descartada',
};

const DECISIONS: Record<CurationDecision, { subject: string; body: string }> = {
  approve: { subject: 'Publicada', body: 'fue aprobada y ya está publicada en Galaxy' },
  request_changes: { subject: 'Cambios solicitados', body: 'necesita cambios antes de poder publicarse' },
  reject: { subject: 'No aceptada', body: 'no fue aceptada para su publicación' },
  unpublish: { subject: 'Despublicada', body: 'se retiró de la publicación y ya no aparece en Galaxy' },
};

const REASONS: ReasonWords = {
  listSeparator: ', ',
  goal: (n, name) => `ODS ${n} (${name})`,
  modalities: {
    peer_exchange: 'intercambio entre pares',
    training: 'formación',
    expert_deployment: 'envío de expertos',
    technology_transfer: 'transferencia de tecnología',
    policy_advice: 'asesoramiento en políticas',
    finance: 'financiación',
    equipment: 'equipamiento',
  },
  sharedTargets: (list) => `Trabaja en las mismas metas de los ODS: ${list}`,
  sharedGoals: (list) => `Trabaja en los mismos ODS: ${list}`,
  sameSubregion: (list) => `Trabaja en la misma subregión: ${list}`,
  sameRegion: (list) => `Trabaja en la misma región: ${list}`,
  sharedLanguage: (list) => `Comparte un idioma de trabajo: ${list}`,
  modalityFit: (list) => `Ofrece el apoyo solicitado: ${list}`,
  trackRecord: (n) =>
    plural(n, {
      one: `${n} solución publicada sobre estos ODS en la región`,
      other: `${n} soluciones publicadas sobre estos ODS en la región`,
    }),
  verified: { staff: 'Verificada por el equipo de Galaxy', email_domain: 'Verificada por su dominio de correo' },
  textRelevance: 'Su descripción coincide con la solicitud',
  eligible: 'La oferta está abierta al país solicitante',
};

export const es: MailMessages = {
  verifyEmail: ({ link, hours: h }) => ({
    subject: 'Confirme su dirección de correo electrónico para Galaxy',
    text: `Le damos la bienvenida a Galaxy.\n\nConfirme su dirección de correo electrónico abriendo este enlace (válido durante ${hours(h)}):\n\n${link}\n\nSi usted no se registró, ignore este mensaje.`,
  }),

  resetPassword: ({ link, hours: h }) => ({
    subject: 'Restablezca su contraseña de Galaxy',
    text: `Alguien pidió restablecer la contraseña de su cuenta de Galaxy.\n\nElija una nueva contraseña aquí (enlace válido durante ${hours(h)}):\n\n${link}\n\nSi no fue usted, ignore este mensaje: su contraseña sigue siendo la misma.`,
  }),

  unlockLogin: ({ link, hours: h }) => ({
    subject: 'Inicios de sesión fallidos en su cuenta de Galaxy',
    text: `Varios intentos de iniciar sesión en su cuenta de Galaxy usaron una contraseña incorrecta. Los inicios de sesión desde su origen se ralentizan durante un tiempo; usted puede seguir iniciando sesión desde otro lugar.\n\nSi usted no logra iniciar sesión, este enlace levanta el límite de inmediato (válido durante ${hours(h)}, una sola vez):\n\n${link}\n\nSi los intentos no fueron suyos, su contraseña resistió; una contraseña larga la mantiene así.`,
  }),

  signupExisting: ({ loginLink, resetLink }) => ({
    subject: 'Alguien intentó registrarse en Galaxy con su dirección',
    text: `Alguien intentó crear una cuenta de Galaxy con esta dirección de correo electrónico, que ya tiene una cuenta.\n\nSi fue usted, inicie sesión aquí:\n\n${loginLink}\n\n¿Olvidó su contraseña? Elija una nueva aquí:\n\n${resetLink}\n\nSi no fue usted, ignore este mensaje: nada ha cambiado.`,
  }),

  invitation: ({ inviter, organization, role, link, days: d }) => ({
    subject: `${inviter} le invita a unirse a ${organization} en Galaxy`,
    text: `${inviter} le invita a unirse a ${organization} en Galaxy como ${role === 'admin' ? 'administrador' : 'editor'}.\n\nAcepte aquí (enlace válido durante ${days(d)}; si no tiene cuenta, regístrese primero con esta dirección de correo):\n\n${link}\n`,
  }),

  contactMessage: ({ sender, senderEmail, organization, message }) => ({
    subject: `Mensaje para ${organization} a través de Galaxy, de ${sender}`,
    text: `${sender} <${senderEmail}> escribió a ${organization} a través de Galaxy:\n\n${message}\n\nResponda directamente a ${senderEmail}. Galaxy no ha compartido su dirección.`,
  }),

  solutionSubmitted: ({ title, organization, revision, link }) => ({
    subject: `Por revisar: ${title}`,
    text: `${organization} envió ${revision ? 'una revisión de una solución publicada' : 'una nueva solución'}: «${title}».\n\nRevísela aquí:\n\n${link}\n`,
  }),

  solutionDecided: ({ decision, title, note, link }) => ({
    subject: `${DECISIONS[decision].subject}: ${title}`,
    text: `La solución «${title}» ${DECISIONS[decision].body}.${note ? `\n\nEl curador escribió:\n\n${note}` : ''}\n\nConsúltela aquí:\n\n${link}\n`,
  }),

  verificationReminder: ({ title, months, validDays, link }) => ({
    subject: `¿Sigue siendo exacta «${title}»?`,
    text: `La solución «${title}» figura en Galaxy y no se ha verificado desde hace ${months} meses.\n\nSi lo que dice sigue siendo exacto, confírmelo con un clic (el enlace es válido durante ${days(validDays)}):\n\n${link}\n\nSi algo ha cambiado, responda a este mensaje o inicie sesión en Galaxy para actualizarla.\n`,
  }),

  matchIntroduction: ({ recipient, provider, need, reasons, note, link }) => ({
    subject: `Presentación: ${recipient} y ${provider}`,
    text: `Galaxy presenta a ${recipient}, que busca apoyo para «${need}», a ${provider}.\n\nPor qué creemos que esto puede funcionar:\n${reasons.map((r) => `- ${reasonText('es', REASONS, r)}`).join('\n') || '- El criterio del intermediario'}\n${note ? `\nEl intermediario añade:\n\n${note}\n` : ''}\n${provider}: acepte o rechace la presentación aquí. Ambas partes pueden escribirse allí:\n\n${link}\n`,
  }),

  matchStage: ({ need, recipient, provider, stage, note, link }) => {
    const match = `La vinculación entre ${recipient} y ${provider}`;
    const sentence: Record<MatchStage, string> = {
      suggested: `${match} está sugerida.`,
      introduced: `${match} está presentada.`,
      exploring: `${provider} aceptó la presentación a ${recipient}; ahora están explorando la colaboración.`,
      agreed: `${match} está acordada.`,
      implementing: `${match} está en ejecución.`,
      completed: `${match} está completada.`,
      dropped: `${match} se ha descartado.`,
    };
    return {
      subject: `${need}: ${STAGES[stage]}`,
      text: `${sentence[stage]}${note ? `\n\n${note}` : ''}\n\n${link}\n`,
    };
  },

  matchMessage: ({ author, need, body, link }) => ({
    subject: `Nuevo mensaje: ${need}`,
    text: `${author} escribió sobre «${need}»:\n\n${body}\n\nResponda aquí:\n\n${link}\n`,
  }),

  matchIdle: ({ days: d, need, recipient, provider, stage, link }) => ({
    subject: `Sin novedades desde hace ${days(d)}: ${need}`,
    text: `No ha pasado nada desde hace ${days(d)} en la vinculación entre ${recipient} y ${provider} (etapa: ${STAGES[stage]}). ¿Cuál es el siguiente paso?\n\n${link}\n`,
  }),
};
