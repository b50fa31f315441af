import type { MatchStage } from '@galaxy/contracts';
import { pluralsOf, type CurationDecision, type MailMessages } from './mail-messages';
import { reasonText, type ReasonWords } from './reasons';

const plural = pluralsOf('fr');
const hours = (n: number) => plural(n, { one: `${n} heure`, other: `${n} heures` });
const days = (n: number) => plural(n, { one: `${n} jour`, other: `${n} jours` });

const STAGES: Record<MatchStage, string> = {
  suggested: 'Suggérée',
  introduced: 'Présentée',
  exploring: 'En exploration',
  agreed: 'Convenue',
  implementing: 'En mise en œuvre',
  completed: 'Terminée',
  dropped: 'Abandonnée',
};

const DECISIONS: Record<CurationDecision, { subject: string; body: string }> = {
  approve: { subject: 'Publiée', body: 'a été approuvée et est maintenant publiée sur Galaxy' },
  request_changes: { subject: 'Modifications demandées', body: 'doit être modifiée avant de pouvoir être publiée' },
  reject: { subject: 'Non retenue', body: 'n’a pas été retenue pour publication' },
  unpublish: { subject: 'Dépubliée', body: 'a été retirée de la publication et n’apparaît plus sur Galaxy' },
};

const REASONS: ReasonWords = {
  listSeparator: ', ',
  goal: (n, name) => `ODD ${n} (${name})`,
  modalities: {
    peer_exchange: 'échange entre pairs',
    training: 'formation',
    expert_deployment: 'envoi d’experts',
    technology_transfer: 'transfert de technologie',
    policy_advice: 'conseil en politiques publiques',
    finance: 'financement',
    equipment: 'équipement',
  },
  sharedTargets: (list) => `Travaille sur les mêmes cibles des ODD : ${list}`,
  sharedGoals: (list) => `Travaille sur les mêmes ODD : ${list}`,
  sameSubregion: (list) => `Travaille dans la même sous-région : ${list}`,
  sameRegion: (list) => `Travaille dans la même région : ${list}`,
  sharedLanguage: (list) => `Partage une langue de travail : ${list}`,
  modalityFit: (list) => `Offre l’appui demandé : ${list}`,
  trackRecord: (n) =>
    plural(n, {
      one: `${n} solution publiée sur ces ODD dans la région`,
      other: `${n} solutions publiées sur ces ODD dans la région`,
    }),
  verified: { staff: 'Vérifiée par l’équipe de Galaxy', email_domain: 'Vérifiée par son domaine de messagerie' },
  textRelevance: 'Sa description correspond à la demande',
  eligible: 'L’offre est ouverte au pays demandeur',
};

export const fr: MailMessages = {
  verifyEmail: ({ link, hours: h }) => ({
    subject: 'Confirmez votre adresse e-mail pour Galaxy',
    text: `Bienvenue sur Galaxy.\n\nConfirmez votre adresse e-mail en ouvrant ce lien (valable ${hours(h)}) :\n\n${link}\n\nSi vous ne vous êtes pas inscrit, ignorez ce message.`,
  }),

  resetPassword: ({ link, hours: h }) => ({
    subject: 'Réinitialisez votre mot de passe Galaxy',
    text: `Quelqu’un a demandé à réinitialiser le mot de passe de votre compte Galaxy.\n\nChoisissez un nouveau mot de passe ici (lien valable ${hours(h)}) :\n\n${link}\n\nSi ce n’était pas vous, ignorez ce message : votre mot de passe reste inchangé.`,
  }),

  unlockLogin: ({ link, hours: h }) => ({
    subject: 'Connexions échouées à votre compte Galaxy',
    text: `Plusieurs tentatives de connexion à votre compte Galaxy ont utilisé un mauvais mot de passe. Les connexions depuis leur provenance sont ralenties pour un temps ; vous pouvez toujours vous connecter depuis ailleurs.\n\nSi vous ne parvenez pas à vous connecter vous-même, ce lien lève la limite tout de suite (lien valable ${hours(h)}, une seule fois) :\n\n${link}\n\nSi ces tentatives ne venaient pas de vous, votre mot de passe a tenu ; un mot de passe long le garde ainsi.`,
  }),

  signupExisting: ({ loginLink, resetLink }) => ({
    subject: 'Quelqu’un a tenté de s’inscrire sur Galaxy avec votre adresse',
    text: `Quelqu’un a tenté de créer un compte Galaxy avec cette adresse e-mail, qui a déjà un compte.\n\nSi c’était vous, connectez-vous ici :\n\n${loginLink}\n\nMot de passe oublié ? Choisissez-en un nouveau ici :\n\n${resetLink}\n\nSi ce n’était pas vous, ignorez ce message : rien n’a changé.`,
  }),

  invitation: ({ inviter, organization, role, link, days: d }) => ({
    subject: `${inviter} vous invite à rejoindre ${organization} sur Galaxy`,
    text: `${inviter} vous invite à rejoindre ${organization} sur Galaxy en tant ${role === 'admin' ? 'qu’administrateur' : 'qu’éditeur'}.\n\nAcceptez ici (lien valable ${days(d)} ; si vous n’avez pas de compte, inscrivez-vous d’abord avec cette adresse e-mail) :\n\n${link}\n`,
  }),

  contactMessage: ({ sender, senderEmail, organization, message }) => ({
    subject: `Message pour ${organization} via Galaxy, de la part de ${sender}`,
    text: `${sender} <${senderEmail}> a écrit à ${organization} via Galaxy :\n\n${message}\n\nRépondez directement à ${senderEmail}. Galaxy n’a pas communiqué votre adresse.`,
  }),

  solutionSubmitted: ({ title, organization, revision, link }) => ({
    subject: `À examiner : ${title}`,
    text: `${revision ? 'Une révision d’une solution publiée' : 'Une nouvelle solution'} a été soumise par ${organization} : « ${title} ».\n\nExaminez-la ici :\n\n${link}\n`,
  }),

  solutionDecided: ({ decision, title, note, link }) => ({
    subject: `${DECISIONS[decision].subject} : ${title}`,
    text: `La solution « ${title} » ${DECISIONS[decision].body}.${note ? `\n\nLe curateur a écrit :\n\n${note}` : ''}\n\nConsultez-la ici :\n\n${link}\n`,
  }),

  verificationReminder: ({ title, months, validDays, link }) => ({
    subject: `« ${title} » est-elle toujours exacte ?`,
    text: `La solution « ${title} » figure sur Galaxy et n’a pas été vérifiée depuis ${months} mois.\n\nSi ce qu’elle décrit est toujours exact, confirmez-le en un clic (le lien est valable ${days(validDays)}) :\n\n${link}\n\nSi quelque chose a changé, répondez à ce message ou connectez-vous à Galaxy pour la mettre à jour.\n`,
  }),

  matchIntroduction: ({ recipient, provider, need, reasons, note, link }) => ({
    subject: `Mise en relation : ${recipient} et ${provider}`,
    text: `Galaxy met en relation ${recipient}, qui cherche un appui pour « ${need} », avec ${provider}.\n\nPourquoi nous pensons que cela peut fonctionner :\n${reasons.map((r) => `- ${reasonText('fr', REASONS, r)}`).join('\n') || '- Le jugement de l’intermédiaire'}\n${note ? `\nL’intermédiaire ajoute :\n\n${note}\n` : ''}\n${provider} : acceptez ou déclinez la mise en relation ici. Vous pourrez tous deux vous y écrire :\n\n${link}\n`,
  }),

  matchStage: ({ need, recipient, provider, stage, note, link }) => {
    const match = `La mise en relation entre ${recipient} et ${provider}`;
    const sentence: Record<MatchStage, string> = {
      suggested: `${match} est suggérée.`,
      introduced: `${match} est faite.`,
      exploring: `${provider} a accepté la mise en relation avec ${recipient} ; vous explorez maintenant le partenariat.`,
      agreed: `${match} a abouti à un accord.`,
      implementing: `${match} est en cours de mise en œuvre.`,
      completed: `${match} est terminée.`,
      dropped: `${match} a été abandonnée.`,
    };
    return {
      subject: `${need} : ${STAGES[stage]}`,
      text: `${sentence[stage]}${note ? `\n\n${note}` : ''}\n\n${link}\n`,
    };
  },

  matchMessage: ({ author, need, body, link }) => ({
    subject: `Nouveau message : ${need}`,
    text: `${author} a écrit au sujet de « ${need} » :\n\n${body}\n\nRépondez ici :\n\n${link}\n`,
  }),

  matchIdle: ({ days: d, need, recipient, provider, stage, link }) => ({
    subject: `Sans nouvelles depuis ${days(d)} : ${need}`,
    text: `Il ne s’est rien passé depuis ${days(d)} dans la mise en relation entre ${recipient} et ${provider} (étape : ${STAGES[stage]}). Quelle est la prochaine étape ?\n\n${link}\n`,
  }),
};
