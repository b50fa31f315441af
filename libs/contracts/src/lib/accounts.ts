import { z } from 'zod';
import {
  ContentLanguageSchema,
  ModalitySchema,
  OrganizationTypeSchema,
  UiLanguageSchema,
  VerificationLevelSchema,
} from './catalog';
import { CountryCodeSchema, SdgGoalSchema, SdgTargetSchema, webUrl } from './solution-input';
import { lineText, multilineText, untrimmedText } from './text';

export const PASSWORD_MIN_LENGTH = 10;

// Trimmed and lower-cased before it is checked, so " Name@Example.org " is accepted as name@example.org.
const email = z.preprocess(
  (value) => (typeof value === 'string' ? value.trim().toLowerCase() : value),
  z.email({ message: 'Enter an email address such as name@example.org' }).max(320),
);
// A custom check rather than .min(), so the field error carries its own code (PASSWORD_TOO_SHORT).
const password = untrimmedText()
  .max(200)
  .refine((value) => value.length >= PASSWORD_MIN_LENGTH, {
    message: `Use at least ${PASSWORD_MIN_LENGTH} characters`,
    params: { code: 'PASSWORD_TOO_SHORT', limit: PASSWORD_MIN_LENGTH },
  });
const token = lineText().min(20).max(200);

export const SignupInputSchema = z.strictObject({
  email,
  password,
  name: lineText().min(1).max(200),
  languages: z.array(UiLanguageSchema).max(6).default([]),
  /** The language to write this person's mails in: the SPA sends the language it is shown in. */
  locale: UiLanguageSchema.default('en'),
});
export type SignupInput = z.input<typeof SignupInputSchema>;

// A password being checked is only compared with a hash: any string up to the limit is answered
// 401 or 200, never refused for its characters (a password set before a rule must still work).
export const LoginInputSchema = z.strictObject({ email, password: z.string().min(1).max(200) });
export type LoginInput = z.input<typeof LoginInputSchema>;

export const TokenInputSchema = z.strictObject({ token });
export const ForgotPasswordInputSchema = z.strictObject({ email });
export const ResetPasswordInputSchema = z.strictObject({ token, password });
export const ChangePasswordInputSchema = z.strictObject({
  currentPassword: z.string().min(1).max(200),
  newPassword: password,
});

export const ProfileUpdateInputSchema = z
  .strictObject({
    name: lineText().min(1).max(200).optional(),
    languages: z.array(UiLanguageSchema).max(6).optional(),
    notifyByEmail: z.boolean().optional(),
    locale: UiLanguageSchema.optional(),
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'Nothing to change' });

export const GLOBAL_ROLES = ['member', 'curator', 'admin'] as const;
export const GlobalRoleSchema = z.enum(GLOBAL_ROLES);
export type GlobalRole = z.infer<typeof GlobalRoleSchema>;

export const MEMBER_ROLES = ['admin', 'editor'] as const;
export const MemberRoleSchema = z.enum(MEMBER_ROLES);
export type MemberRole = z.infer<typeof MemberRoleSchema>;

export const MeSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  name: z.string(),
  languages: z.array(UiLanguageSchema),
  /** The language Galaxy writes this person's mails in. */
  locale: UiLanguageSchema,
  notifyByEmail: z.boolean(),
  role: GlobalRoleSchema,
  emailVerified: z.boolean(),
  memberships: z.array(
    z.object({ organizationId: z.uuid(), slug: z.string(), name: z.string(), role: MemberRoleSchema }),
  ),
});
export type Me = z.infer<typeof MeSchema>;
/** `GET /auth/me`: the member, or `{ me: null }` for a visitor (an answer, not an error). */
export const MeOrVisitorSchema = z.union([MeSchema, z.object({ me: z.null() })]);

export const CsrfSchema = z.object({ token: z.string() });

const organizationFields = {
  name: lineText().min(1).max(300),
  acronym: lineText().max(40).optional(),
  type: OrganizationTypeSchema,
  country: CountryCodeSchema.optional(),
  operatingCountries: z.array(CountryCodeSchema).max(250).optional(),
  website: webUrl().optional(),
  description: multilineText().min(1).max(5000),
  expertiseSdgs: z.array(SdgGoalSchema).max(17).optional(),
  expertiseTargets: z.array(SdgTargetSchema).max(169).optional(),
  modalities: z.array(ModalitySchema).max(2).optional(),
  languages: z.array(ContentLanguageSchema).max(7).optional(),
  /** Private: for staff and the contact relay, never shown on the public profile. */
  contactEmail: email.optional(),
};

export const OrganizationRegisterInputSchema = z.strictObject(organizationFields);
export type OrganizationRegisterInput = z.input<typeof OrganizationRegisterInputSchema>;

/** Optional details that an update may clear by sending null. */
const clearable = {
  acronym: organizationFields.acronym.unwrap().nullable().optional(),
  country: organizationFields.country.unwrap().nullable().optional(),
  website: organizationFields.website.unwrap().nullable().optional(),
  contactEmail: organizationFields.contactEmail.unwrap().nullable().optional(),
};

export const OrganizationUpdateInputSchema = z
  .strictObject({
    ...(Object.fromEntries(Object.entries(organizationFields).map(([k, v]) => [k, v.optional()])) as {
      [K in keyof typeof organizationFields]: z.ZodOptional<(typeof organizationFields)[K]>;
    }),
    ...clearable,
  })
  .refine((v) => Object.keys(v).length > 0, { message: 'Nothing to change' });
export type OrganizationUpdateInput = z.input<typeof OrganizationUpdateInputSchema>;

export const InvitationAcceptedSchema = z.object({ organizationId: z.uuid(), slug: z.string() });

export const InvitationInputSchema = z.strictObject({ email, role: MemberRoleSchema });
export const MemberUpdateInputSchema = z.strictObject({ role: MemberRoleSchema });
export const VerificationInputSchema = z.strictObject({ level: VerificationLevelSchema });

export const OrganizationIdParamSchema = z.strictObject({ id: z.uuid() });
export const MemberParamSchema = z.strictObject({ id: z.uuid(), userId: z.uuid() });
export const InvitationTokenParamSchema = z.strictObject({ token });
export const InvitationParamSchema = z.strictObject({ id: z.uuid(), invitationId: z.uuid() });

/** What the holder of an invitation link may see before accepting it. */
export const InvitationPreviewSchema = z.object({
  organization: z.object({ id: z.uuid(), slug: z.string(), name: z.string() }),
  email: z.string(),
  role: MemberRoleSchema,
  expiresAt: z.string(),
});
export type InvitationPreview = z.infer<typeof InvitationPreviewSchema>;

/** `GET /organizations/similar?name=`: registered organizations whose name is the same or close. */
export const SimilarOrganizationsQuerySchema = z.strictObject({ name: z.string().trim().min(3).max(300) });
export const SimilarOrganizationSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  acronym: z.string().nullable(),
  country: z.string().nullable(),
  /** The same name once case, accents and punctuation are set aside. */
  sameName: z.boolean(),
});
export const SimilarOrganizationsSchema = z.object({ items: z.array(SimilarOrganizationSchema) });
export type SimilarOrganization = z.infer<typeof SimilarOrganizationSchema>;

export const MemberSchema = z.object({
  userId: z.uuid(),
  name: z.string(),
  email: z.string(),
  role: MemberRoleSchema,
  since: z.string(),
});
export const PendingInvitationSchema = z.object({
  id: z.uuid(),
  email: z.string(),
  role: MemberRoleSchema,
  expiresAt: z.string(),
});
export const OrganizationAdminViewSchema = z.object({
  id: z.uuid(),
  slug: z.string(),
  name: z.string(),
  acronym: z.string().nullable(),
  type: OrganizationTypeSchema,
  country: z.string().nullable(),
  operatingCountries: z.array(z.string()),
  website: z.string().nullable(),
  description: z.string(),
  expertiseSdgs: z.array(z.number().int()),
  expertiseTargets: z.array(z.string()),
  modalities: z.array(ModalitySchema),
  languages: z.array(ContentLanguageSchema),
  verification: VerificationLevelSchema,
  contactEmail: z.string().nullable(),
  members: z.array(MemberSchema),
  invitations: z.array(PendingInvitationSchema),
});
export type OrganizationAdminView = z.infer<typeof OrganizationAdminViewSchema>;

export const DevMailSchema = z.object({
  id: z.string(),
  to: z.array(z.string()),
  subject: z.string(),
  text: z.string(),
  /** Its Content-Language header: the language it is written in. */
  language: z.string().nullable(),
  links: z.array(z.string()),
  receivedAt: z.string(),
});
export type DevMail = z.infer<typeof DevMailSchema>;

/** A message relayed to an organization's private contact address; the sender never sees that address. */
export const ContactMessageInputSchema = z.strictObject({
  name: lineText().min(1).max(200),
  email,
  message: multilineText().min(10).max(5000),
});
