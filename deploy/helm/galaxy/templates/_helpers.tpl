{{/* Names and labels. */}}
{{- define "galaxy.fullname" -}}
{{- if contains .Chart.Name .Release.Name -}}
{{- .Release.Name | trunc 50 | trimSuffix "-" -}}
{{- else -}}
{{- printf "%s-%s" .Release.Name .Chart.Name | trunc 50 | trimSuffix "-" -}}
{{- end -}}
{{- end -}}

{{- define "galaxy.labels" -}}
app.kubernetes.io/name: {{ .Chart.Name }}
app.kubernetes.io/instance: {{ .Release.Name }}
app.kubernetes.io/version: {{ .Chart.AppVersion | quote }}
app.kubernetes.io/managed-by: {{ .Release.Service }}
helm.sh/chart: {{ printf "%s-%s" .Chart.Name .Chart.Version }}
{{- end -}}

{{- define "galaxy.selector" -}}
app.kubernetes.io/name: {{ .root.Chart.Name }}
app.kubernetes.io/instance: {{ .root.Release.Name }}
app.kubernetes.io/component: {{ .component }}
{{- end -}}

{{- define "galaxy.image" -}}
{{ .Values.image.repository }}:{{ .Values.image.tag | default .Chart.AppVersion }}
{{- end -}}

{{- define "galaxy.pgCluster" -}}
{{ include "galaxy.fullname" . }}-pg
{{- end -}}

{{- define "galaxy.meiliUrl" -}}
{{- if .Values.meilisearch.enabled -}}
http://{{ include "galaxy.fullname" . }}-meilisearch:7700
{{- else -}}
{{ required "meilisearch.url is required when meilisearch.enabled is false" .Values.meilisearch.url }}
{{- end -}}
{{- end -}}

{{- define "galaxy.appSecret" -}}
{{ required "secrets.existingSecret: name the Secret that holds SMTP_URL and the Meilisearch key(s)" .Values.secrets.existingSecret }}
{{- end -}}

{{/*
Environment of every Galaxy container. Call with (dict "root" $ "role" "api|worker").
Values come from values.yaml; every secret comes from a Secret by reference.
*/}}
{{- define "galaxy.env" -}}
{{- $v := .root.Values -}}
- name: NODE_ENV
  value: production
- name: HOST
  value: 0.0.0.0
- name: PORT
  value: "3000"
- name: GALAXY_ROLE
  value: {{ .role }}
- name: GALAXY_REPLICA_ID
  valueFrom:
    fieldRef:
      fieldPath: metadata.name
- name: LOG_LEVEL
  value: {{ $v.logLevel | quote }}
- name: PUBLIC_URL
  value: {{ required "publicUrl is required (links in emails)" $v.publicUrl | quote }}
{{- with $v.trustProxy }}
- name: TRUST_PROXY
  value: {{ . | quote }}
{{- end }}
- name: SEED_ON_EMPTY
  value: {{ $v.seedDemoCatalog | toString | quote }}
{{- if eq $v.postgresql.mode "cnpg" }}
{{- $pg := include "galaxy.pgCluster" .root }}
{{- $secret := $v.postgresql.cnpg.ownerSecret | default (printf "%s-app" $pg) }}
{{- if not $v.postgresql.cnpg.ownerSecret }}
# The Secret the operator generates for the owner; its `uri` is URL-encoded.
- name: DATABASE_URL
  valueFrom:
    secretKeyRef:
      name: {{ $secret }}
      key: uri
{{- end }}
{{- if or $v.postgresql.cnpg.ownerSecret $v.postgresql.cnpg.readReplicas }}
- name: GALAXY_PG_USER
  valueFrom:
    secretKeyRef:
      name: {{ $secret }}
      key: username
- name: GALAXY_PG_PASSWORD
  valueFrom:
    secretKeyRef:
      name: {{ $secret }}
      key: password
{{- end }}
{{- if $v.postgresql.cnpg.ownerSecret }}
# Composed from your basic-auth Secret: its password must be URL-safe.
- name: DATABASE_URL
  value: postgresql://$(GALAXY_PG_USER):$(GALAXY_PG_PASSWORD)@{{ $pg }}-rw:5432/{{ $v.postgresql.cnpg.database }}
{{- end }}
{{- if $v.postgresql.cnpg.readReplicas }}
# The standbys (<cluster>-ro), for read-only queries; the operator's generated passwords are URL-safe.
- name: DATABASE_REPLICA_URL
  value: postgresql://$(GALAXY_PG_USER):$(GALAXY_PG_PASSWORD)@{{ $pg }}-ro:5432/{{ $v.postgresql.cnpg.database }}
{{- end }}
{{- else if eq $v.postgresql.mode "external" }}
- name: DATABASE_URL
  valueFrom:
    secretKeyRef:
      name: {{ required "postgresql.external.existingSecret is required when postgresql.mode is external" $v.postgresql.external.existingSecret }}
      key: {{ $v.postgresql.external.urlKey }}
{{- with $v.postgresql.external.replicaUrlKey }}
- name: DATABASE_REPLICA_URL
  valueFrom:
    secretKeyRef:
      name: {{ $v.postgresql.external.existingSecret }}
      key: {{ . }}
{{- end }}
{{- else }}
{{- fail "postgresql.mode must be cnpg or external" }}
{{- end }}
- name: MEILI_URL
  value: {{ include "galaxy.meiliUrl" .root | quote }}
{{- if $v.meilisearch.apiKeysFromSecret }}
- name: MEILI_SEARCH_KEY
  valueFrom:
    secretKeyRef:
      name: {{ $v.meilisearch.apiKeys.existingSecret | default (include "galaxy.appSecret" .root) }}
      key: {{ $v.meilisearch.apiKeys.searchKey }}
- name: MEILI_ADMIN_KEY
  valueFrom:
    secretKeyRef:
      name: {{ $v.meilisearch.apiKeys.existingSecret | default (include "galaxy.appSecret" .root) }}
      key: {{ $v.meilisearch.apiKeys.adminKey }}
{{- else }}
- name: MEILI_MASTER_KEY
  valueFrom:
    secretKeyRef:
      name: {{ $v.meilisearch.masterKey.existingSecret | default (include "galaxy.appSecret" .root) }}
      key: {{ $v.meilisearch.masterKey.key }}
{{- end }}
- name: SMTP_URL
  valueFrom:
    secretKeyRef:
      name: {{ include "galaxy.appSecret" .root }}
      key: {{ $v.secrets.keys.smtpUrl }}
{{- range $v.extraEnv }}
- name: {{ .name }}
  value: {{ .value | quote }}
{{- end }}
{{- end -}}

{{- define "galaxy.podSecurityContext" -}}
runAsNonRoot: true
runAsUser: 1000
runAsGroup: 1000
fsGroup: 1000
seccompProfile:
  type: RuntimeDefault
{{- end -}}

{{- define "galaxy.containerSecurityContext" -}}
allowPrivilegeEscalation: false
capabilities:
  drop: [ALL]
{{- end -}}
