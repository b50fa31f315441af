import type { MatchStage } from '@galaxy/contracts';
import type { CurationDecision, MailMessages } from './mail-messages';
import { reasonText, type ReasonWords } from './reasons';

// Chinese counts need no plural forms.

const STAGES: Record<MatchStage, string> = {
  suggested: '已建议',
  introduced: '已引荐',
  exploring: '洽谈中',
  agreed: '已达成一致',
  implementing: '实施中',
  completed: '已完成',
  dropped: '已终止',
};

const DECISIONS: Record<CurationDecision, { subject: string; body: string }> = {
  approve: { subject: '已发布', body: '已获批准，现已在 Galaxy 上发布' },
  request_changes: { subject: '需要修改', body: '需要修改后才能发布' },
  reject: { subject: '未获采纳', body: '未获准发布' },
  unpublish: { subject: '已取消发布', body: '已取消发布，不再显示在 Galaxy 上' },
};

const REASONS: ReasonWords = {
  listSeparator: '、',
  goal: (n, name) => `可持续发展目标 ${n}（${name}）`,
  modalities: {
    peer_exchange: '同行交流',
    training: '培训',
    expert_deployment: '派遣专家',
    technology_transfer: '技术转让',
    policy_advice: '政策咨询',
    finance: '资金',
    equipment: '设备',
  },
  sharedTargets: (list) => `致力于相同的可持续发展目标具体目标：${list}`,
  sharedGoals: (list) => `致力于相同的可持续发展目标：${list}`,
  sameSubregion: (list) => `在同一次区域开展工作：${list}`,
  sameRegion: (list) => `在同一区域开展工作：${list}`,
  sharedLanguage: (list) => `有共同的工作语言：${list}`,
  modalityFit: (list) => `提供所需的援助：${list}`,
  trackRecord: (n) => `在该区域有 ${n} 个关于这些目标的已发布解决方案`,
  verified: { staff: '已由 Galaxy 工作人员核实', email_domain: '已通过其电子邮件域名核实' },
  textRelevance: '其描述与需求相符',
  eligible: '该援助提供对提出需求的国家开放',
};

export const zh: MailMessages = {
  verifyEmail: ({ link, hours }) => ({
    subject: '确认您在 Galaxy 的电子邮件地址',
    text: `欢迎加入 Galaxy。\n\n请打开以下链接确认您的电子邮件地址（${hours} 小时内有效）：\n\n${link}\n\n如果您没有注册，请忽略此邮件。`,
  }),

  resetPassword: ({ link, hours }) => ({
    subject: '重置您的 Galaxy 密码',
    text: `有人请求重置您的 Galaxy 账户密码。\n\n请通过以下链接设置新密码（${hours} 小时内有效）：\n\n${link}\n\n如果这不是您本人的操作，请忽略此邮件，您的密码不会改变。`,
  }),

  unlockLogin: ({ link, hours }) => ({
    subject: '您的 Galaxy 账户有多次登录失败',
    text: `有人多次使用错误的密码尝试登录您的 Galaxy 账户。来自该来源的登录已暂时放慢；您仍可从其他地方登录。\n\n如果您自己无法登录，此链接可立即解除限制（${hours} 小时内有效，仅可使用一次）：\n\n${link}\n\n如果这些尝试不是您本人所为，您的密码经受住了考验；使用较长的密码可保持安全。`,
  }),

  signupExisting: ({ loginLink, resetLink }) => ({
    subject: '有人尝试使用您的地址注册 Galaxy',
    text: `有人尝试使用此电子邮件地址创建 Galaxy 账户，但该地址已有账户。\n\n如果是您本人，请在此登录：\n\n${loginLink}\n\n忘记密码？请在此设置新密码：\n\n${resetLink}\n\n如果不是您本人，请忽略此邮件：什么都没有改变。`,
  }),

  invitation: ({ inviter, organization, role, link, days }) => ({
    subject: `${inviter} 邀请您在 Galaxy 上加入 ${organization}`,
    text: `${inviter} 邀请您以${role === 'admin' ? '管理员' : '编辑'}身份在 Galaxy 上加入 ${organization}。\n\n请通过以下链接接受邀请（${days} 天内有效；如果您还没有账户，请先用此电子邮件地址注册）：\n\n${link}\n`,
  }),

  contactMessage: ({ sender, senderEmail, organization, message }) => ({
    subject: `${sender} 通过 Galaxy 发给 ${organization} 的消息`,
    text: `${sender} <${senderEmail}> 通过 Galaxy 写信给 ${organization}：\n\n${message}\n\n请直接回复 ${senderEmail}。Galaxy 没有透露您的地址。`,
  }),

  solutionSubmitted: ({ title, organization, revision, link }) => ({
    subject: `待审核：${title}`,
    text: `${organization} 提交了${revision ? '一个已发布解决方案的修订版' : '一个新的解决方案'}：“${title}”。\n\n请在此审核：\n\n${link}\n`,
  }),

  solutionDecided: ({ decision, title, note, link }) => ({
    subject: `${DECISIONS[decision].subject}：${title}`,
    text: `解决方案“${title}”${DECISIONS[decision].body}。${note ? `\n\n审核员留言：\n\n${note}` : ''}\n\n查看详情：\n\n${link}\n`,
  }),

  verificationReminder: ({ title, months, validDays, link }) => ({
    subject: `“${title}”的信息是否仍然准确？`,
    text: `解决方案“${title}”已在 Galaxy 上发布，已有 ${months} 个月未经核实。\n\n如果其内容仍然准确，请一键确认（链接 ${validDays} 天内有效）：\n\n${link}\n\n如有变化，请回复此邮件，或登录 Galaxy 进行修订。\n`,
  }),

  matchIntroduction: ({ recipient, provider, need, reasons, note, link }) => ({
    subject: `引荐：${recipient} 与 ${provider}`,
    text: `Galaxy 将在“${need}”方面寻求支持的 ${recipient} 引荐给 ${provider}。\n\n我们认为这次合作可能成功的理由：\n${reasons.map((r) => `- ${reasonText('zh', REASONS, r)}`).join('\n') || '- 撮合人的判断'}\n${note ? `\n撮合人补充：\n\n${note}\n` : ''}\n${provider}：请在此接受或谢绝引荐。双方也可以在那里互相联系：\n\n${link}\n`,
  }),

  matchStage: ({ need, recipient, provider, stage, note, link }) => {
    const match = `${recipient} 与 ${provider} 之间的匹配`;
    const sentence: Record<MatchStage, string> = {
      suggested: `已建议${match}。`,
      introduced: `${recipient} 与 ${provider} 已相互引荐。`,
      exploring: `${provider} 已接受与 ${recipient} 的引荐，双方现在正在洽谈合作。`,
      agreed: `${match}已达成一致。`,
      implementing: `${match}正在实施。`,
      completed: `${match}已完成。`,
      dropped: `${match}已终止。`,
    };
    return {
      subject: `${need}：${STAGES[stage]}`,
      text: `${sentence[stage]}${note ? `\n\n${note}` : ''}\n\n${link}\n`,
    };
  },

  matchMessage: ({ author, need, body, link }) => ({
    subject: `新消息：${need}`,
    text: `${author} 就“${need}”写道：\n\n${body}\n\n在此回复：\n\n${link}\n`,
  }),

  matchIdle: ({ days, need, recipient, provider, stage, link }) => ({
    subject: `${days} 天没有进展：${need}`,
    text: `${recipient} 与 ${provider} 之间的匹配已有 ${days} 天没有任何进展（当前阶段：${STAGES[stage]}）。下一步该做什么？\n\n${link}\n`,
  }),
};
