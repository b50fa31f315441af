import type { MatchStage } from '@galaxy/contracts';
import { pluralsOf, type CurationDecision, type MailMessages } from './mail-messages';
import { reasonText, type ReasonWords } from './reasons';

const plural = pluralsOf('en');
const hours = (n: number) => plural(n, { one: `${n} hour`, other: `${n} hours` });
const days = (n: number) => plural(n, { one: `${n} day`, other: `${n} days` });

const STAGES: Record<MatchStage, string> = {
  suggested: 'Suggested',
  introduced: 'Introduced',
  exploring: 'Exploring',
  agreed: 'Agreed',
  implementing: 'Implementing',
  completed: 'Completed',
  dropped: 'Dropped',
};

const DECISIONS: Record<CurationDecision, { subject: string; body: string }> = {
  approve: { subject: 'Published', body: 'was approved and is now published on Galaxy' },
  request_changes: { subject: 'Changes requested', body: 'needs changes before it can be published' },
  reject: { subject: 'Not accepted', body: 'was not accepted for publication' },
  unpublish: { subject: 'Unpublished', body: 'was unpublished and no longer appears on Galaxy' },
};

const REASONS: ReasonWords = {
  listSeparator: ', ',
  goal: (n, name) => `SDG ${n} (${name})`,
  modalities: {
    peer_exchange: 'peer exchange',
    training: 'training',
    expert_deployment: 'expert deployment',
    technology_transfer: 'technology transfer',
    policy_advice: 'policy advice',
    finance: 'finance',
    equipment: 'equipment',
  },
  sharedTargets: (list) => `Works on the same SDG targets: ${list}`,
  sharedGoals: (list) => `Works on the same SDGs: ${list}`,
  sameSubregion: (list) => `Works in the same sub-region: ${list}`,
  sameRegion: (list) => `Works in the same region: ${list}`,
  sharedLanguage: (list) => `Shares a working language: ${list}`,
  modalityFit: (list) => `Offers the support wanted: ${list}`,
  trackRecord: (n) =>
    plural(n, {
      one: `${n} published solution on these SDGs in the region`,
      other: `${n} published solutions on these SDGs in the region`,
    }),
  verified: { staff: 'Verified by Galaxy staff', email_domain: 'Verified by its email domain' },
  textRelevance: 'Its text matches the request',
  eligible: 'The offer is open to the requesting country',
};

export const en: MailMessages = {
  verifyEmail: ({ link, hours: h }) => ({
    subject: 'Confirm your email address for Galaxy',
    text: `Welcome to Galaxy.\n\nConfirm your email address by opening this link (valid for ${hours(h)}):\n\n${link}\n\nIf you did not sign up, ignore this message.`,
  }),

  resetPassword: ({ link, hours: h }) => ({
    subject: 'Reset your Galaxy password',
    text: `Someone asked to reset the password of your Galaxy account.\n\nChoose a new password here (valid for ${hours(h)}):\n\n${link}\n\nIf it was not you, ignore this message: your password stays as it is.`,
  }),

  unlockLogin: ({ link, hours: h }) => ({
    subject: 'Failed sign-ins to your Galaxy account',
    text: `Several attempts to sign in to your Galaxy account used a wrong password. Sign-ins from where they came from are slowed down for a while; you can still sign in from elsewhere.\n\nIf you cannot sign in yourself, this link lifts the limit at once (valid for ${hours(h)}, once):\n\n${link}\n\nIf the attempts were not yours, your password held; a long one keeps it that way.`,
  }),

  signupExisting: ({ loginLink, resetLink }) => ({
    subject: 'Someone tried to sign up to Galaxy with your address',
    text: `Someone tried to create a Galaxy account with this email address, which has an account already.\n\nIf it was you, sign in here:\n\n${loginLink}\n\nForgot your password? Choose a new one here:\n\n${resetLink}\n\nIf it was not you, ignore this message: nothing has changed.`,
  }),

  invitation: ({ inviter, organization, role, link, days: d }) => ({
    subject: `${inviter} invites you to ${organization} on Galaxy`,
    text: `${inviter} invites you to join ${organization} on Galaxy as ${role === 'admin' ? 'an administrator' : 'an editor'}.\n\nAccept here (valid for ${days(d)}; sign up first with this email address if you have no account):\n\n${link}\n`,
  }),

  contactMessage: ({ sender, senderEmail, organization, message }) => ({
    subject: `Message for ${organization} via Galaxy, from ${sender}`,
    text: `${sender} <${senderEmail}> wrote to ${organization} through Galaxy:\n\n${message}\n\nReply to them directly at ${senderEmail}. Galaxy did not share your address.`,
  }),

  solutionSubmitted: ({ title, organization, revision, link }) => ({
    subject: `To review: ${title}`,
    text: `${revision ? 'A revision of a published solution' : 'A new solution'} was submitted by ${organization}: "${title}".\n\nReview it here:\n\n${link}\n`,
  }),

  solutionDecided: ({ decision, title, note, link }) => ({
    subject: `${DECISIONS[decision].subject}: ${title}`,
    text: `"${title}" ${DECISIONS[decision].body}.${note ? `\n\nThe curator wrote:\n\n${note}` : ''}\n\nSee it here:\n\n${link}\n`,
  }),

  verificationReminder: ({ title, months, validDays, link }) => ({
    subject: `Is "${title}" still accurate?`,
    text: `"${title}" is listed on Galaxy, and has not been checked for ${months} months.\n\nIf what it says is still accurate, confirm it with one click (the link works for ${days(validDays)}):\n\n${link}\n\nIf something changed, reply to this mail or sign in to Galaxy to revise it.\n`,
  }),

  matchIntroduction: ({ recipient, provider, need, reasons, note, link }) => ({
    subject: `Introduction: ${recipient} and ${provider}`,
    text: `Galaxy introduces ${recipient}, which asks for support with "${need}", to ${provider}.\n\nWhy we think this could work:\n${reasons.map((r) => `- ${reasonText('en', REASONS, r)}`).join('\n') || '- The broker’s judgement'}\n${note ? `\nThe broker adds:\n\n${note}\n` : ''}\n${provider}: accept or decline the introduction here. Both of you can write to each other there:\n\n${link}\n`,
  }),

  matchStage: ({ need, recipient, provider, stage, note, link }) => {
    const match = `The match between ${recipient} and ${provider}`;
    const sentence: Record<MatchStage, string> = {
      suggested: `${match} is suggested.`,
      introduced: `${match} is introduced.`,
      exploring: `${provider} accepted the introduction to ${recipient}; you are now exploring the partnership.`,
      agreed: `${match} is agreed.`,
      implementing: `${match} is being implemented.`,
      completed: `${match} is completed.`,
      dropped: `${match} was dropped.`,
    };
    return {
      subject: `${need}: ${STAGES[stage]}`,
      text: `${sentence[stage]}${note ? `\n\n${note}` : ''}\n\n${link}\n`,
    };
  },

  matchMessage: ({ author, need, body, link }) => ({
    subject: `New message: ${need}`,
    text: `${author} wrote about "${need}":\n\n${body}\n\nReply here:\n\n${link}\n`,
  }),

  matchIdle: ({ days: d, need, recipient, provider, stage, link }) => ({
    subject: `No news for ${days(d)}: ${need}`,
    text: `Nothing has happened for ${days(d)} in the match between ${recipient} and ${provider} (stage: ${STAGES[stage]}). What is the next step?\n\n${link}\n`,
  }),
};
