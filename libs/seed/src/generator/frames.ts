/**
 * Language frames: the sentences around the topic-specific ones (who cooperated with whom, how,
 * what happened next). Country slots come in forms fitting each language's grammar:
 * {P} / {R} / {T} bare names (providers, recipients, triangular partners), {PR} providers and
 * recipients together, {PRT} all of them, {P_the} subject or
 * object form, {P_The} capitalised, {P_in} locative, {P_de} genitive; {P1} is the first provider.
 * Other slots: {name} / {Name} topic name, {de_name} (French "de" + name, elided), {ORG} lead
 * organization, {Y} start year, {Y2} end year, {k} pilot sites, {n2} trainers.
 *
 * Russian frames use countries only in the nominative (in parentheses or after a colon), so no
 * declension is needed; Arabic frames put countries after prepositions, which do not inflect them.
 */
import type { Lang } from './text';

export interface FrameSource {
  titleSingle: string[];
  titleMulti: string[];
  subtitleSsc: string[];
  subtitleTri: string[];
  summarySsc: string[];
  summaryTri: string[];
  challengeTail: string[];
  towardsIntro: string[];
  /** Method sentences; those with {ORG} are used only when the solution names an organization. */
  towardsMethod: string[];
  towardsTri: string[];
  resultsCompleted: string[];
  resultsOngoing: string[];
  resultsExtra: string[];
  sustainability: string[];
  replicability: string[];
  lessons: string[];
  blocks: [string, string][];
  enabling: string[];
  blockLessons: string[];
  contactRoles: string[];
  linkLabels: string[];
}

export const FRAME_SOURCES: Record<Lang, FrameSource> = {
  en: {
    titleSingle: [
      '{Name} {R_in}',
      '{R}: {Name}',
      '{P1}–{R} cooperation on {name}',
      'Scaling up {name} {R_in}',
      'Learning from {P}: {name} {R_in}',
    ],
    titleMulti: ['{Name}: a regional programme {R_in}', '{Name} {R_in}', 'Regional cooperation with {P_the} on {name}'],
    subtitleSsc: [
      'A South-South cooperation initiative between {PR_the}',
      'Sharing experience from {P_the} with {R_the}',
    ],
    subtitleTri: [
      'A triangular cooperation initiative of {PR_the}, supported by {T_the}',
      '{PRT_The} working together',
    ],
    summarySsc: [
      'Through South-South cooperation, {P_the} shared practical experience in {name} with {R_the}.',
      'Starting in {Y}, institutions {R_in} worked with peers from {P_the} on {name}.',
      'This initiative adapted an approach first tested {P_in} to the context of {R_the}.',
    ],
    summaryTri: [
      '{T_The} supported the initiative in a triangular arrangement.',
      'The partnership was backed by {T_the} through triangular cooperation.',
    ],
    challengeTail: [
      'Before {Y}, national institutions {R_in} lacked tested models, trained staff and reliable data to act at scale.',
      'Earlier efforts had remained small and fragmented, and local teams had few opportunities to learn from countries facing similar conditions.',
      'Public budgets were tight, and the most affected communities were often the hardest to reach.',
      'The issue was a priority of the national development plan, but the practical know-how to address it was scarce.',
    ],
    towardsIntro: [
      'In {Y}, the authorities {R_de} requested technical cooperation from {P_the}, which had developed a comparable approach at home.',
      'The partnership started in {Y}, when specialists from {PR_the} agreed on a joint work plan.',
      'Building on a cooperation agreement signed in {Y}, teams from {PR_the} worked together to adapt a proven model.',
    ],
    towardsMethod: [
      'The exchange combined study visits, joint technical missions and remote mentoring, followed by a pilot phase in {k} sites.',
      'Specialists from the partner countries co-designed the intervention, trained local trainers and documented each step.',
      'Teams worked side by side to adapt tools and procedures to local conditions, and the lead organization, {ORG}, coordinated implementation.',
      'The lead organization, {ORG}, ran activities on the ground, while peers from {P_the} provided regular technical advice.',
    ],
    towardsTri: [
      'As part of the triangular arrangement, {T_the} co-financed training and contributed additional technical expertise.',
      'With support from {T_the}, the partners financed equipment, training and an independent evaluation.',
    ],
    resultsCompleted: [
      'A final evaluation in {Y2} confirmed these results and recommended scaling up the approach.',
      'By the end of the project in {Y2}, national institutions had taken over all core activities.',
    ],
    resultsOngoing: [
      'A mid-term review found that the initiative is on track and recommended extending it to new areas.',
      'Early monitoring data show steady progress, and the partners are preparing the next phase.',
    ],
    resultsExtra: [
      'Beyond the figures, the initiative strengthened working relations between institutions of the partner countries.',
      'The approach has since been incorporated into national guidelines.',
      'Women and young people were among the main beneficiaries.',
    ],
    sustainability: [
      'National budgets now cover the running costs and trained staff remain in post, so the work on {name} continues after external support ends.',
      'Ownership by local institutions and communities was built in from the start, and the model is now embedded in sector policies.',
      'A pool of certified local trainers keeps building capacity without external support.',
    ],
    replicability: [
      'The model has inspired requests from neighbouring countries and can be adapted wherever {name} is a priority.',
      'Its building blocks are documented in step-by-step guides, which makes replication in countries with similar conditions straightforward.',
      'Replication requires a committed national counterpart, modest initial funding and a period of accompaniment by peers.',
    ],
    lessons: [
      'Peer-to-peer learning between countries facing similar challenges builds trust and speeds up adoption.',
      'Investing early in local ownership and clear roles made the difference between a pilot and a lasting programme.',
      'Adapting, rather than copying, the original model was essential: tools had to be simplified and translated.',
      'Reliable monitoring data helped convince decision-makers to allocate domestic resources.',
    ],
    blocks: [
      [
        'Peer exchanges and study visits',
        'Technical staff visited counterpart institutions {P_in} to see the approach in practice, and then hosted return missions.',
      ],
      ['Pilot sites', 'The approach was first tested in {k} pilot sites and adjusted before being extended.'],
      [
        'Training of trainers',
        'A group of {n2} local specialists was trained as trainers so that capacity building could continue at national level.',
      ],
      ['Community engagement', 'Local leaders and user groups took part in planning, implementation and monitoring.'],
      [
        'Monitoring and learning',
        'Simple indicators and regular joint reviews made it possible to adjust the approach as it grew.',
      ],
      ['Policy anchoring', 'The model was built into national strategies and regulations on {name}.'],
    ],
    enabling: [
      'Strong political commitment at national level.',
      'Long-standing relations between the partner institutions.',
      'Experts able to work in the local language.',
    ],
    blockLessons: [
      'Plan the handover from the start.',
      'Keep tools simple enough for local teams to own them.',
      'Allow time for adaptation, not only for transfer.',
    ],
    contactRoles: [
      'Project coordinator',
      'Technical focal point',
      'Programme officer',
      'Head of international cooperation',
    ],
    linkLabels: ['Project page', 'Final report', 'Case study', 'Video presentation'],
  },

  fr: {
    titleSingle: [
      '{Name} {R_in}',
      '{R} : {name}',
      'Coopération {P1}–{R} : {name}',
      'Passage à l’échelle : {name} {R_in}',
      'L’expérience {P_de} au service {R_de} : {name}',
    ],
    titleMulti: ['{Name} : programme régional ({R})', '{Name} {R_in}', 'Coopération régionale avec {P_the} : {name}'],
    subtitleSsc: [
      'Une initiative de coopération Sud-Sud entre {PR_the}',
      'Le partage d’expérience {P_de} avec {R_the}',
    ],
    subtitleTri: [
      'Une initiative de coopération triangulaire entre {PR_the}, avec l’appui {T_de}',
      '{PRT_The} unissent leurs efforts',
    ],
    summarySsc: [
      'Dans le cadre de la coopération Sud-Sud, l’expérience pratique {P_de} en matière {de_name} a été partagée avec {R_the}.',
      'À partir de {Y}, des institutions {R_de} ont travaillé avec leurs homologues {P_de} en matière {de_name}.',
      'Cette initiative a adapté au contexte {R_de} une approche d’abord éprouvée {P_in}.',
    ],
    summaryTri: [
      'L’initiative a bénéficié de l’appui {T_de} dans le cadre d’un arrangement triangulaire.',
      'Le partenariat a été soutenu par {T_the} au titre de la coopération triangulaire.',
    ],
    challengeTail: [
      'Avant {Y}, les institutions nationales manquaient de modèles éprouvés, de personnel formé et de données fiables pour agir à grande échelle.',
      'Les efforts antérieurs étaient restés limités et fragmentés, et les équipes locales avaient peu d’occasions d’apprendre de pays confrontés à des conditions similaires.',
      'Les budgets publics étaient serrés, et les communautés les plus touchées étaient souvent les plus difficiles à atteindre.',
      'Le problème figurait parmi les priorités du plan national de développement, mais le savoir-faire pratique pour y répondre faisait défaut.',
    ],
    towardsIntro: [
      'En {Y}, les autorités {R_de} ont sollicité la coopération technique {P_de}, forte d’une expérience comparable.',
      'Le partenariat a démarré en {Y}, lorsque des spécialistes {PR_de} se sont accordés sur un plan de travail conjoint.',
      'Sur la base d’un accord de coopération signé en {Y}, des équipes {PR_de} ont travaillé ensemble pour adapter un modèle éprouvé.',
    ],
    towardsMethod: [
      'L’échange a combiné visites d’étude, missions techniques conjointes et accompagnement à distance, suivis d’une phase pilote sur {k} sites.',
      'Les spécialistes des pays partenaires ont conçu ensemble l’intervention, formé des formateurs locaux et documenté chaque étape.',
      'Les équipes ont travaillé côte à côte pour adapter les outils et les procédures au contexte local ; l’organisation chef de file ({ORG}) a coordonné la mise en œuvre.',
      'L’organisation chef de file ({ORG}) a conduit les activités sur le terrain, tandis que des homologues {P_de} apportaient un appui technique régulier.',
    ],
    towardsTri: [
      'Avec l’appui {T_de}, les partenaires ont cofinancé les formations et mobilisé une expertise technique complémentaire.',
      'Grâce au soutien {T_de}, les partenaires ont financé des équipements, des formations et une évaluation indépendante.',
    ],
    resultsCompleted: [
      'Une évaluation finale réalisée en {Y2} a confirmé ces résultats et recommandé l’extension de l’approche.',
      'À la fin du projet, en {Y2}, les institutions nationales avaient repris l’ensemble des activités essentielles.',
    ],
    resultsOngoing: [
      'Une revue à mi-parcours a montré que l’initiative est en bonne voie et a recommandé son extension à de nouvelles zones.',
      'Les premières données de suivi montrent des progrès réguliers, et les partenaires préparent la phase suivante.',
    ],
    resultsExtra: [
      'Au-delà des chiffres, l’initiative a renforcé les relations de travail entre les institutions des pays partenaires.',
      'L’approche a depuis été intégrée aux directives nationales.',
      'Les femmes et les jeunes figurent parmi les principaux bénéficiaires.',
    ],
    sustainability: [
      'Les budgets nationaux couvrent désormais les coûts de fonctionnement et le personnel formé reste en poste, ce qui garantit la poursuite des activités après la fin de l’appui extérieur.',
      'L’appropriation par les institutions et les communautés locales a été recherchée dès le départ, et le modèle est désormais inscrit dans les politiques sectorielles.',
      'Un réseau de formateurs locaux certifiés continue de renforcer les capacités sans appui extérieur.',
    ],
    replicability: [
      'Le modèle a suscité des demandes de pays voisins et peut être adapté partout où les besoins en matière {de_name} sont importants.',
      'Ses éléments constitutifs sont documentés dans des guides pratiques, ce qui facilite sa reproduction dans des pays aux conditions similaires.',
      'La reproduction exige un homologue national engagé, un financement initial modeste et une période d’accompagnement par des pairs.',
    ],
    lessons: [
      'L’apprentissage entre pairs de pays confrontés à des défis similaires crée la confiance et accélère l’adoption.',
      'Investir tôt dans l’appropriation locale et clarifier les rôles a fait la différence entre un projet pilote et un programme durable.',
      'Il fallait adapter le modèle d’origine, et non le copier : les outils ont dû être simplifiés et traduits.',
      'Des données de suivi fiables ont aidé à convaincre les décideurs d’allouer des ressources nationales.',
    ],
    blocks: [
      [
        'Échanges entre pairs et visites d’étude',
        'Des techniciens ont visité des institutions homologues {P_in} pour observer l’approche sur le terrain, puis ont accueilli des missions en retour.',
      ],
      ['Sites pilotes', 'L’approche a d’abord été testée sur {k} sites pilotes, puis ajustée avant d’être étendue.'],
      [
        'Formation de formateurs',
        'Un groupe de {n2} spécialistes locaux a été formé à la fonction de formateur afin que le renforcement des capacités se poursuive au niveau national.',
      ],
      [
        'Participation communautaire',
        'Les responsables locaux et les groupes d’usagers ont participé à la planification, à la mise en œuvre et au suivi.',
      ],
      [
        'Suivi et apprentissage',
        'Des indicateurs simples et des revues conjointes régulières ont permis d’ajuster l’approche au fur et à mesure de son extension.',
      ],
      [
        'Ancrage dans les politiques publiques',
        'Le modèle a été intégré aux stratégies et aux réglementations nationales en matière {de_name}.',
      ],
    ],
    enabling: [
      'Un engagement politique fort au niveau national.',
      'Des relations de longue date entre les institutions partenaires.',
      'Des experts capables de travailler dans la langue locale.',
    ],
    blockLessons: [
      'Préparer le transfert de responsabilités dès le départ.',
      'Garder des outils assez simples pour que les équipes locales se les approprient.',
      'Prévoir du temps pour l’adaptation, et pas seulement pour le transfert.',
    ],
    contactRoles: [
      'Coordination du projet',
      'Point focal technique',
      'Responsable de programme',
      'Responsable de la coopération internationale',
    ],
    linkLabels: ['Page du projet', 'Rapport final', 'Étude de cas', 'Présentation vidéo'],
  },

  es: {
    titleSingle: [
      '{Name} {R_in}',
      '{R}: {name}',
      'Cooperación {P1}–{R}: {name}',
      'Ampliación de escala: {name} {R_in}',
      'La experiencia {P_de} al servicio {R_de}: {name}',
    ],
    titleMulti: ['{Name}: programa regional ({R})', '{Name} {R_in}', 'Cooperación regional con {P_the}: {name}'],
    subtitleSsc: [
      'Una iniciativa de cooperación Sur-Sur entre {PR_the}',
      'La experiencia {P_de} compartida con {R_the}',
    ],
    subtitleTri: [
      'Una iniciativa de cooperación triangular entre {PR_the}, con el apoyo {T_de}',
      '{PRT_The} trabajan juntos',
    ],
    summarySsc: [
      'En el marco de la cooperación Sur-Sur, la experiencia práctica {P_de} en materia de {name} se compartió con {R_the}.',
      'A partir de {Y}, instituciones {R_de} trabajaron con sus pares {P_de} en materia de {name}.',
      'Esta iniciativa adaptó al contexto {R_de} un enfoque probado primero {P_in}.',
    ],
    summaryTri: [
      'La iniciativa contó con el apoyo {T_de} en el marco de un esquema triangular.',
      'La alianza recibió el respaldo {T_de} en el marco de la cooperación triangular.',
    ],
    challengeTail: [
      'Antes de {Y}, las instituciones nacionales carecían de modelos probados, personal capacitado y datos fiables para actuar a gran escala.',
      'Los esfuerzos anteriores habían sido pequeños y fragmentados, y los equipos locales tenían pocas oportunidades de aprender de países con condiciones similares.',
      'Los presupuestos públicos eran limitados, y las comunidades más afectadas solían ser las más difíciles de alcanzar.',
      'El problema figuraba entre las prioridades del plan nacional de desarrollo, pero faltaban conocimientos prácticos para abordarlo.',
    ],
    towardsIntro: [
      'En {Y}, las autoridades {R_de} solicitaron la cooperación técnica {P_de}, que contaba con una experiencia comparable.',
      'La alianza comenzó en {Y}, cuando especialistas {PR_de} acordaron un plan de trabajo conjunto.',
      'Sobre la base de un acuerdo de cooperación firmado en {Y}, equipos {PR_de} trabajaron juntos para adaptar un modelo probado.',
    ],
    towardsMethod: [
      'El intercambio combinó visitas de estudio, misiones técnicas conjuntas y acompañamiento a distancia, seguidos de una fase piloto en {k} sitios.',
      'Especialistas de los países socios diseñaron juntos la intervención, formaron a formadores locales y documentaron cada paso.',
      'Los equipos trabajaron codo a codo para adaptar herramientas y procedimientos a las condiciones locales; la entidad ejecutora principal ({ORG}) coordinó la ejecución.',
      'La entidad ejecutora principal ({ORG}) dirigió las actividades sobre el terreno, mientras que pares {P_de} brindaron asesoría técnica periódica.',
    ],
    towardsTri: [
      'Con el apoyo {T_de}, los socios cofinanciaron la capacitación y movilizaron conocimientos técnicos adicionales.',
      'Gracias al respaldo {T_de}, los socios financiaron equipos, capacitación y una evaluación independiente.',
    ],
    resultsCompleted: [
      'Una evaluación final realizada en {Y2} confirmó estos resultados y recomendó ampliar el enfoque.',
      'Al cierre del proyecto, en {Y2}, las instituciones nacionales habían asumido todas las actividades principales.',
    ],
    resultsOngoing: [
      'Una revisión de medio término concluyó que la iniciativa avanza según lo previsto y recomendó extenderla a nuevas zonas.',
      'Los primeros datos de seguimiento muestran avances constantes, y los socios preparan la siguiente fase.',
    ],
    resultsExtra: [
      'Más allá de las cifras, la iniciativa fortaleció las relaciones de trabajo entre las instituciones de los países socios.',
      'El enfoque se ha incorporado desde entonces a las directrices nacionales.',
      'Las mujeres y los jóvenes se cuentan entre los principales beneficiarios.',
    ],
    sustainability: [
      'Los presupuestos nacionales cubren ahora los costos de funcionamiento y el personal capacitado permanece en sus puestos, lo que garantiza la continuidad tras el fin del apoyo externo.',
      'La apropiación por parte de las instituciones y comunidades locales se promovió desde el inicio, y el modelo forma parte hoy de las políticas sectoriales.',
      'Una red de formadores locales certificados sigue fortaleciendo capacidades sin apoyo externo.',
    ],
    replicability: [
      'El modelo ha despertado el interés de países vecinos y puede adaptarse allí donde las necesidades en materia de {name} sean prioritarias.',
      'Sus componentes están documentados en guías prácticas, lo que facilita su réplica en países con condiciones similares.',
      'La réplica requiere una contraparte nacional comprometida, una financiación inicial modesta y un periodo de acompañamiento entre pares.',
    ],
    lessons: [
      'El aprendizaje entre pares de países con desafíos similares genera confianza y acelera la adopción.',
      'Invertir desde el principio en la apropiación local y en roles claros marcó la diferencia entre un piloto y un programa duradero.',
      'Había que adaptar el modelo original, no copiarlo: las herramientas tuvieron que simplificarse y traducirse.',
      'Contar con datos de seguimiento fiables ayudó a convencer a los responsables de asignar recursos nacionales.',
    ],
    blocks: [
      [
        'Intercambios entre pares y visitas de estudio',
        'Personal técnico visitó instituciones homólogas {P_in} para conocer el enfoque en la práctica y luego recibió misiones de retorno.',
      ],
      ['Sitios piloto', 'El enfoque se probó primero en {k} sitios piloto y se ajustó antes de ampliarlo.'],
      [
        'Formación de formadores',
        'Se formó a un grupo de {n2} especialistas locales como formadores para que el fortalecimiento de capacidades continúe a nivel nacional.',
      ],
      [
        'Participación comunitaria',
        'Líderes locales y grupos de usuarios participaron en la planificación, la ejecución y el seguimiento.',
      ],
      [
        'Seguimiento y aprendizaje',
        'Indicadores sencillos y revisiones conjuntas periódicas permitieron ajustar el enfoque a medida que crecía.',
      ],
      [
        'Anclaje en las políticas públicas',
        'El modelo se integró en las estrategias y normas nacionales en materia de {name}.',
      ],
    ],
    enabling: [
      'Un firme compromiso político a nivel nacional.',
      'Relaciones de larga data entre las instituciones socias.',
      'Expertos capaces de trabajar en el idioma local.',
    ],
    blockLessons: [
      'Planificar la transferencia desde el inicio.',
      'Mantener herramientas lo bastante sencillas para que los equipos locales se apropien de ellas.',
      'Prever tiempo para la adaptación, no solo para la transferencia.',
    ],
    contactRoles: [
      'Coordinación del proyecto',
      'Punto focal técnico',
      'Responsable de programa',
      'Jefatura de cooperación internacional',
    ],
    linkLabels: ['Página del proyecto', 'Informe final', 'Estudio de caso', 'Presentación en video'],
  },

  pt: {
    titleSingle: [
      '{Name} {R_in}',
      '{R}: {name}',
      'Cooperação {P1}–{R}: {name}',
      'Ganho de escala: {name} {R_in}',
      'A experiência {P_de} ao serviço {R_de}: {name}',
    ],
    titleMulti: ['{Name}: programa regional ({R})', '{Name} {R_in}', 'Cooperação regional com {P_the}: {name}'],
    subtitleSsc: ['Uma iniciativa de cooperação Sul-Sul entre {PR_the}', 'A experiência {P_de} partilhada com {R_the}'],
    subtitleTri: [
      'Uma iniciativa de cooperação triangular entre {PR_the}, com o apoio {T_de}',
      '{PRT_The}: uma parceria triangular',
    ],
    summarySsc: [
      'No âmbito da cooperação Sul-Sul, a experiência prática {P_de} em matéria de {name} foi partilhada com {R_the}.',
      'A partir de {Y}, instituições {R_de} trabalharam com os seus pares {P_de} em matéria de {name}.',
      'Esta iniciativa adaptou ao contexto {R_de} uma abordagem testada primeiro {P_in}.',
    ],
    summaryTri: [
      'A iniciativa contou com o apoio {T_de} no âmbito de um arranjo triangular.',
      'A parceria beneficiou do apoio {T_de} no quadro da cooperação triangular.',
    ],
    challengeTail: [
      'Antes de {Y}, as instituições nacionais não dispunham de modelos testados, pessoal qualificado nem dados fiáveis para agir em grande escala.',
      'Os esforços anteriores tinham sido pequenos e fragmentados, e as equipas locais tinham poucas oportunidades de aprender com países em condições semelhantes.',
      'Os orçamentos públicos eram limitados, e as comunidades mais afetadas eram muitas vezes as mais difíceis de alcançar.',
      'O problema constava das prioridades do plano nacional de desenvolvimento, mas faltava o saber-fazer prático para o enfrentar.',
    ],
    towardsIntro: [
      'Em {Y}, as autoridades {R_de} solicitaram a cooperação técnica {P_de}, que contava com uma experiência comparável.',
      'A parceria começou em {Y}, quando especialistas {PR_de} acordaram um plano de trabalho conjunto.',
      'Com base num acordo de cooperação assinado em {Y}, equipas {PR_de} trabalharam em conjunto para adaptar um modelo comprovado.',
    ],
    towardsMethod: [
      'O intercâmbio combinou visitas de estudo, missões técnicas conjuntas e acompanhamento à distância, seguidos de uma fase piloto em {k} locais.',
      'Especialistas dos países parceiros conceberam juntos a intervenção, formaram formadores locais e documentaram cada etapa.',
      'As equipas trabalharam lado a lado para adaptar ferramentas e procedimentos às condições locais; a entidade executora principal ({ORG}) coordenou a execução.',
      'A entidade executora principal ({ORG}) conduziu as atividades no terreno, com assessoria técnica regular de pares {P_de}.',
    ],
    towardsTri: [
      'Com o apoio {T_de}, os parceiros cofinanciaram a formação e mobilizaram conhecimentos técnicos adicionais.',
      'Graças ao apoio {T_de}, os parceiros financiaram equipamentos, formação e uma avaliação independente.',
    ],
    resultsCompleted: [
      'Uma avaliação final realizada em {Y2} confirmou estes resultados e recomendou a expansão da abordagem.',
      'No final do projeto, em {Y2}, as instituições nacionais tinham assumido todas as atividades principais.',
    ],
    resultsOngoing: [
      'Uma revisão intercalar concluiu que a iniciativa está no bom caminho e recomendou a sua extensão a novas zonas.',
      'Os primeiros dados de monitorização mostram progressos constantes, e os parceiros preparam a fase seguinte.',
    ],
    resultsExtra: [
      'Para além dos números, a iniciativa reforçou as relações de trabalho entre as instituições dos países parceiros.',
      'A abordagem foi entretanto incorporada nas orientações nacionais.',
      'As mulheres e os jovens estão entre os principais beneficiários.',
    ],
    sustainability: [
      'Os orçamentos nacionais cobrem agora os custos de funcionamento e o pessoal formado mantém-se em funções, o que garante a continuidade após o fim do apoio externo.',
      'A apropriação pelas instituições e comunidades locais foi promovida desde o início, e o modelo está integrado nas políticas setoriais.',
      'Uma rede de formadores locais certificados continua a reforçar capacidades sem apoio externo.',
    ],
    replicability: [
      'O modelo despertou o interesse de países vizinhos e pode ser adaptado onde quer que as necessidades em matéria de {name} sejam prioritárias.',
      'Os seus componentes estão documentados em guias práticos, o que facilita a replicação em países com condições semelhantes.',
      'A replicação exige uma contraparte nacional empenhada, um financiamento inicial modesto e um período de acompanhamento entre pares.',
    ],
    lessons: [
      'A aprendizagem entre pares de países com desafios semelhantes gera confiança e acelera a adoção.',
      'Investir cedo na apropriação local e em papéis claros fez a diferença entre um projeto-piloto e um programa duradouro.',
      'Era preciso adaptar o modelo original, e não copiá-lo: as ferramentas tiveram de ser simplificadas e traduzidas.',
      'Dados de monitorização fiáveis ajudaram a convencer os decisores a afetar recursos nacionais.',
    ],
    blocks: [
      [
        'Intercâmbios entre pares e visitas de estudo',
        'Técnicos visitaram instituições homólogas {P_in} para conhecer a abordagem na prática e depois receberam missões de retorno.',
      ],
      ['Locais-piloto', 'A abordagem foi primeiro testada em {k} locais-piloto e ajustada antes de ser alargada.'],
      [
        'Formação de formadores',
        'Um grupo de {n2} especialistas locais foi formado como formadores para que o reforço de capacidades continue a nível nacional.',
      ],
      [
        'Participação comunitária',
        'Líderes locais e grupos de utilizadores participaram no planeamento, na execução e na monitorização.',
      ],
      [
        'Monitorização e aprendizagem',
        'Indicadores simples e revisões conjuntas regulares permitiram ajustar a abordagem à medida que crescia.',
      ],
      [
        'Integração nas políticas públicas',
        'O modelo foi integrado nas estratégias e normas nacionais em matéria de {name}.',
      ],
    ],
    enabling: [
      'Um forte compromisso político a nível nacional.',
      'Relações de longa data entre as instituições parceiras.',
      'Especialistas capazes de trabalhar na língua local.',
    ],
    blockLessons: [
      'Planear a transferência desde o início.',
      'Manter as ferramentas suficientemente simples para que as equipas locais se apropriem delas.',
      'Prever tempo para a adaptação, e não só para a transferência.',
    ],
    contactRoles: [
      'Coordenação do projeto',
      'Ponto focal técnico',
      'Responsável de programa',
      'Chefia da cooperação internacional',
    ],
    linkLabels: ['Página do projeto', 'Relatório final', 'Estudo de caso', 'Apresentação em vídeo'],
  },

  ru: {
    titleSingle: [
      '{Name} ({R})',
      '{R}: {name}',
      'Сотрудничество «{P1} — {R}»: {name}',
      '{Name}: расширение масштабов ({R})',
    ],
    titleMulti: ['{Name}: региональная программа ({R})', '{Name} ({R})'],
    subtitleSsc: ['Инициатива сотрудничества Юг — Юг. Страны-партнёры: {PR}', 'Обмен опытом между странами Юга: {PR}'],
    subtitleTri: ['Инициатива трёхстороннего сотрудничества. Страны-партнёры: {PR}; при поддержке: {T}'],
    summarySsc: [
      'В рамках сотрудничества Юг — Юг практический опыт по направлению «{Name}» был адаптирован к местным условиям. Страны-партнёры: {PR}.',
      'С {Y} года специалисты стран-партнёров ({PR}) совместно работали по направлению «{Name}».',
      'Инициатива адаптирует подход, впервые опробованный в стране-партнёре ({P}), к условиям страны-получателя ({R}).',
    ],
    summaryTri: [
      'Инициатива осуществляется в формате трёхстороннего сотрудничества при участии третьей стороны ({T}).',
      'Инициативу поддержали финансированием и экспертизой партнёры по трёхстороннему сотрудничеству ({T}).',
    ],
    challengeTail: [
      'До {Y} года национальным учреждениям не хватало проверенных моделей, обученных кадров и надёжных данных для действий в широком масштабе.',
      'Прежние усилия носили ограниченный и разрозненный характер, а у местных команд было мало возможностей учиться у стран со схожими условиями.',
      'Государственные бюджеты были ограничены, а наиболее пострадавшие общины зачастую оказывались самыми труднодоступными.',
      'Проблема входила в число приоритетов национального плана развития, однако практических знаний для её решения не хватало.',
    ],
    towardsIntro: [
      'В {Y} году власти страны-получателя ({R}) обратились за технической помощью к стране-партнёру ({P}), располагавшей сопоставимым опытом.',
      'Партнёрство началось в {Y} году, когда специалисты стран-партнёров ({PR}) согласовали совместный план работы.',
      'На основе соглашения о сотрудничестве, подписанного в {Y} году, команды стран-партнёров ({PR}) совместно адаптировали проверенную модель.',
    ],
    towardsMethod: [
      'Обмен опытом включал ознакомительные поездки, совместные технические миссии и дистанционное наставничество, после чего последовал пилотный этап на {k} площадках.',
      'Специалисты стран-партнёров совместно разработали меры, подготовили местных тренеров и задокументировали каждый этап.',
      'Команды работали бок о бок, адаптируя инструменты и процедуры к местным условиям; координацию обеспечивала ведущая организация ({ORG}).',
      'Работу на местах возглавляла ведущая организация ({ORG}), а коллеги из страны-партнёра ({P}) регулярно оказывали техническую поддержку.',
    ],
    towardsTri: [
      'В рамках трёхстороннего сотрудничества ({T}) было софинансировано обучение и привлечена дополнительная техническая экспертиза.',
      'При поддержке партнёров по трёхстороннему сотрудничеству ({T}) были профинансированы оборудование, обучение и независимая оценка.',
    ],
    resultsCompleted: [
      'Итоговая оценка, проведённая в {Y2} году, подтвердила эти результаты и рекомендовала расширить применение подхода.',
      'К моменту завершения проекта в {Y2} году национальные учреждения взяли на себя все основные виды деятельности.',
    ],
    resultsOngoing: [
      'Среднесрочный обзор показал, что инициатива реализуется по плану, и рекомендовал распространить её на новые районы.',
      'Первые данные мониторинга свидетельствуют о стабильном прогрессе; партнёры готовят следующий этап.',
    ],
    resultsExtra: [
      'Помимо количественных результатов, инициатива укрепила рабочие связи между учреждениями стран-партнёров.',
      'Впоследствии подход был включён в национальные методические рекомендации.',
      'Среди основных благополучателей — женщины и молодёжь.',
    ],
    sustainability: [
      'Текущие расходы теперь покрываются из национального бюджета, а обученные специалисты продолжают работать на своих местах, что обеспечивает преемственность после завершения внешней поддержки.',
      'Ответственность местных учреждений и общин закладывалась с самого начала, и модель закреплена в отраслевой политике.',
      'Сеть сертифицированных местных тренеров продолжает наращивать потенциал без внешней поддержки.',
    ],
    replicability: [
      'Модель вызвала интерес соседних стран и может быть адаптирована везде, где направление «{Name}» является приоритетным.',
      'Её составные элементы описаны в практических руководствах, что упрощает тиражирование в странах со схожими условиями.',
      'Для тиражирования необходимы заинтересованный национальный партнёр, небольшое стартовое финансирование и период сопровождения со стороны коллег.',
    ],
    lessons: [
      'Взаимное обучение стран, сталкивающихся со схожими проблемами, укрепляет доверие и ускоряет внедрение.',
      'Ранние вложения в местную ответственность и чёткое распределение ролей позволили превратить пилотный проект в устойчивую программу.',
      'Исходную модель нужно было адаптировать, а не копировать: инструменты пришлось упростить и перевести.',
      'Надёжные данные мониторинга помогли убедить руководство выделить национальные ресурсы.',
    ],
    blocks: [
      [
        'Обмен опытом и ознакомительные поездки',
        'Технические специалисты посетили профильные учреждения страны-партнёра ({P}), чтобы увидеть подход в действии, а затем приняли ответные миссии.',
      ],
      ['Пилотные площадки', 'Подход сначала был опробован на {k} пилотных площадках и доработан перед расширением.'],
      [
        'Подготовка тренеров',
        'Подготовлено {n2} местных специалистов-тренеров, чтобы наращивание потенциала продолжалось на национальном уровне.',
      ],
      [
        'Участие местных сообществ',
        'Местные лидеры и группы пользователей участвовали в планировании, реализации и мониторинге.',
      ],
      [
        'Мониторинг и обучение',
        'Простые показатели и регулярные совместные обзоры позволили корректировать подход по мере его расширения.',
      ],
      [
        'Закрепление в политике',
        'Модель была включена в национальные стратегии и нормативные акты по направлению «{Name}».',
      ],
    ],
    enabling: [
      'Твёрдая политическая воля на национальном уровне.',
      'Давние связи между учреждениями-партнёрами.',
      'Эксперты, способные работать на местном языке.',
    ],
    blockLessons: [
      'Планировать передачу ответственности с самого начала.',
      'Делать инструменты достаточно простыми, чтобы местные команды могли их освоить.',
      'Закладывать время на адаптацию, а не только на передачу.',
    ],
    contactRoles: [
      'Координатор проекта',
      'Технический координатор',
      'Специалист программы',
      'Руководитель отдела международного сотрудничества',
    ],
    linkLabels: ['Страница проекта', 'Итоговый отчёт', 'Описание кейса', 'Видеопрезентация'],
  },

  ar: {
    titleSingle: [
      '{Name} في {R}',
      '{R}: {Name}',
      'التعاون بين {P1} و{R} في مجال {Name}',
      '{Name} في {R}: الاستفادة من تجربة {P}',
    ],
    titleMulti: ['{Name}: برنامج إقليمي ({R})', '{Name} في {R}'],
    subtitleSsc: ['مبادرة للتعاون فيما بين بلدان الجنوب بين {PR}', 'تبادل الخبرات بين {PR}'],
    subtitleTri: ['مبادرة للتعاون الثلاثي بين {PR} بدعم من {T}'],
    summarySsc: [
      'في إطار التعاون فيما بين بلدان الجنوب، جرى تبادل الخبرة العملية في مجال {name} بين {PR}.',
      'ابتداءً من عام {Y}، عملت مؤسسات من {R} مع نظيراتها من {P} في مجال {name}.',
      'تقوم هذه المبادرة على تكييف نهج جُرِّب أولاً في {P} مع ظروف {R}.',
    ],
    summaryTri: [
      'وحظيت المبادرة بدعم من {T} في إطار ترتيب للتعاون الثلاثي.',
      'وتلقت الشراكة دعماً من {T} في إطار التعاون الثلاثي.',
    ],
    challengeTail: [
      'وقبل عام {Y}، كانت المؤسسات الوطنية تفتقر إلى نماذج مجرَّبة وكوادر مدرَّبة وبيانات موثوقة للتحرك على نطاق واسع.',
      'وظلت الجهود السابقة محدودة ومتفرقة، ولم تتح للفرق المحلية سوى فرص قليلة للتعلم من بلدان تواجه ظروفاً مماثلة.',
      'وكانت الميزانيات العامة محدودة، وكثيراً ما كانت المجتمعات الأشد تضرراً هي الأصعب وصولاً.',
      'وكانت هذه المسألة من أولويات خطة التنمية الوطنية، غير أن الدراية العملية اللازمة لمعالجتها كانت شحيحة.',
    ],
    towardsIntro: [
      'في عام {Y}، طلبت السلطات في {R} تعاوناً تقنياً من {P} استناداً إلى تجربة مماثلة هناك.',
      'بدأت الشراكة في عام {Y} عندما اتفق خبراء من {PR} على خطة عمل مشتركة.',
      'استناداً إلى اتفاق تعاون وُقِّع في عام {Y}، عملت فرق من {PR} معاً على تكييف نموذج مجرَّب.',
    ],
    towardsMethod: [
      'وجمع التبادل بين الزيارات الدراسية والبعثات التقنية المشتركة والتوجيه عن بُعد، تلتها مرحلة تجريبية شملت {k} من المواقع.',
      'وقام خبراء من البلدان الشريكة بتصميم التدخل معاً، وتدريب مدربين محليين، وتوثيق كل مرحلة.',
      'وعملت الفرق جنباً إلى جنب لتكييف الأدوات والإجراءات مع الظروف المحلية، وتولت الجهة المنفذة الرئيسية ({ORG}) تنسيق التنفيذ.',
      'وقادت الجهة المنفذة الرئيسية ({ORG}) العمل الميداني، بينما قدم نظراء من {P} مشورة تقنية منتظمة.',
    ],
    towardsTri: [
      'وبدعم من {T}، شارك الشركاء في تمويل التدريب وحشد خبرات تقنية إضافية.',
      'وبفضل دعم {T}، موّل الشركاء المعدات والتدريب وتقييماً مستقلاً.',
    ],
    resultsCompleted: [
      'وأكد تقييم نهائي أُجري في عام {Y2} هذه النتائج وأوصى بتوسيع نطاق النهج.',
      'وبحلول نهاية المشروع في عام {Y2}، كانت المؤسسات الوطنية قد تولت جميع الأنشطة الأساسية.',
    ],
    resultsOngoing: [
      'وخلص استعراض منتصف المدة إلى أن المبادرة تسير وفق الخطة، وأوصى بتوسيعها لتشمل مناطق جديدة.',
      'وتُظهر بيانات الرصد الأولى تقدماً مطرداً، ويعكف الشركاء على إعداد المرحلة التالية.',
    ],
    resultsExtra: [
      'وإلى جانب الأرقام، عززت المبادرة علاقات العمل بين مؤسسات البلدان الشريكة.',
      'وقد أُدرج النهج منذ ذلك الحين في المبادئ التوجيهية الوطنية.',
      'وكانت النساء والشباب من بين المستفيدين الرئيسيين.',
    ],
    sustainability: [
      'تغطي الميزانيات الوطنية الآن تكاليف التشغيل، ولا يزال الموظفون المدرَّبون في مناصبهم، مما يضمن الاستمرارية بعد انتهاء الدعم الخارجي.',
      'حُرص منذ البداية على ملكية المؤسسات والمجتمعات المحلية للمبادرة، وأصبح النموذج جزءاً من السياسات القطاعية.',
      'تواصل شبكة من المدربين المحليين المعتمدين بناء القدرات دون دعم خارجي.',
    ],
    replicability: [
      'أثار النموذج اهتمام بلدان مجاورة، ويمكن تكييفه حيثما يكون مجال {name} من الأولويات.',
      'عناصر النموذج موثقة في أدلة عملية، مما ييسر تكراره في بلدان ذات ظروف مماثلة.',
      'يتطلب تكرار التجربة نظيراً وطنياً ملتزماً وتمويلاً أولياً متواضعاً وفترة من المرافقة من جانب النظراء.',
    ],
    lessons: [
      'يبني التعلم بين النظراء من بلدان تواجه تحديات مماثلة الثقة ويسرّع التبني.',
      'أحدث الاستثمار المبكر في الملكية المحلية ووضوح الأدوار الفرق بين مشروع تجريبي وبرنامج دائم.',
      'كان لا بد من تكييف النموذج الأصلي لا نسخه: فقد تعيّن تبسيط الأدوات وترجمتها.',
      'ساعدت بيانات الرصد الموثوقة على إقناع صانعي القرار بتخصيص موارد وطنية.',
    ],
    blocks: [
      [
        'تبادل الخبرات بين النظراء والزيارات الدراسية',
        'زار فنيون مؤسسات نظيرة في {P} للاطلاع على النهج في الممارسة العملية، ثم استقبلوا بعثات مقابلة.',
      ],
      ['المواقع التجريبية', 'اختُبر النهج أولاً في {k} من المواقع التجريبية، ثم عُدِّل قبل توسيعه.'],
      [
        'تدريب المدربين',
        'جرى تدريب {n2} من المتخصصين المحليين ليصبحوا مدربين، حتى يستمر بناء القدرات على المستوى الوطني.',
      ],
      ['مشاركة المجتمع المحلي', 'شارك القادة المحليون ومجموعات المستخدمين في التخطيط والتنفيذ والرصد.'],
      ['الرصد والتعلم', 'أتاحت مؤشرات بسيطة ومراجعات مشتركة منتظمة تعديل النهج مع توسعه.'],
      ['الترسيخ في السياسات', 'أُدمج النموذج في الاستراتيجيات واللوائح الوطنية المتعلقة بمجال {name}.'],
    ],
    enabling: [
      'التزام سياسي قوي على المستوى الوطني.',
      'علاقات طويلة الأمد بين المؤسسات الشريكة.',
      'خبراء قادرون على العمل باللغة المحلية.',
    ],
    blockLessons: [
      'التخطيط لتسليم المسؤوليات منذ البداية.',
      'الإبقاء على أدوات بسيطة بما يكفي لتتبناها الفرق المحلية.',
      'تخصيص وقت للتكييف لا للنقل فقط.',
    ],
    contactRoles: ['منسق المشروع', 'جهة الاتصال الفنية', 'مسؤول البرامج', 'رئيس قسم التعاون الدولي'],
    linkLabels: ['صفحة المشروع', 'التقرير النهائي', 'دراسة حالة', 'عرض بالفيديو'],
  },

  zh: {
    titleSingle: ['{R}{Name}', '{R}：{Name}', '{P1}—{R}{Name}合作', '借鉴{P}经验：{R}{Name}'],
    titleMulti: ['{Name}区域项目（{R}）', '{R}{Name}'],
    subtitleSsc: ['{PR}之间的南南合作倡议', '{P}与{R}分享发展经验'],
    subtitleTri: ['{PR}在{T}支持下开展的三方合作倡议'],
    summarySsc: [
      '在南南合作框架下，{P}与{R}分享了在{name}方面的实践经验。',
      '自{Y}年起，{R}的机构与{P}的同行在{name}方面开展合作。',
      '该倡议将{P}率先试行的做法因地制宜地应用于{R}。',
    ],
    summaryTri: ['{T}作为三方合作伙伴为该倡议提供了支持。', '该伙伴关系得到了三方合作伙伴{T}的支持。'],
    challengeTail: [
      '{Y}年以前，国家机构缺乏经过验证的模式、训练有素的人员和可靠数据，难以大规模应对。',
      '以往的努力规模小且分散，当地团队很少有机会向条件相似的国家学习。',
      '公共预算有限，而受影响最严重的社区往往最难覆盖。',
      '这一问题已被列为国家发展规划的优先事项，但缺乏解决问题的实践经验。',
    ],
    towardsIntro: [
      '{Y}年，{R}有关部门请求{P}提供技术合作，后者在国内已有类似经验。',
      '{Y}年，{PR}的专家商定了联合工作计划，合作由此启动。',
      '根据{Y}年签署的合作协议，{PR}的团队共同对一项成熟模式进行了本土化改造。',
    ],
    towardsMethod: [
      '交流活动包括考察访问、联合技术考察团和远程指导，随后在{k}个地点开展试点。',
      '各伙伴国专家共同设计干预措施，培训本地培训师，并记录每个步骤。',
      '双方团队并肩工作，使工具和程序适应当地条件；牵头执行机构（{ORG}）负责协调实施。',
      '牵头执行机构（{ORG}）负责实地实施，{P}的同行定期提供技术咨询。',
    ],
    towardsTri: [
      '在{T}的支持下，合作伙伴共同资助了培训，并调动了更多技术专长。',
      '借助{T}的支持，合作伙伴为设备、培训和独立评估提供了资金。',
    ],
    resultsCompleted: [
      '{Y2}年开展的终期评估证实了上述成果，并建议推广这一做法。',
      '到{Y2}年项目结束时，国家机构已接手全部核心活动。',
    ],
    resultsOngoing: [
      '中期评估认为该倡议进展顺利，并建议将其扩展到新的地区。',
      '初步监测数据显示进展稳定，合作伙伴正在筹备下一阶段。',
    ],
    resultsExtra: [
      '除数字之外，该倡议还加强了伙伴国家机构之间的工作关系。',
      '此后，这一做法已被纳入国家指南。',
      '妇女和青年是主要受益群体之一。',
    ],
    sustainability: [
      '目前运行成本已纳入国家预算，受训人员继续留任，确保外部支持结束后工作得以延续。',
      '项目从一开始就注重当地机构和社区的自主权，该模式现已纳入行业政策。',
      '一支经过认证的本地培训师队伍在没有外部支持的情况下继续开展能力建设。',
    ],
    replicability: [
      '该模式已引起邻国的兴趣，可在{name}属于优先领域的任何地方加以调整应用。',
      '该模式的各组成部分已编入实用指南，便于在条件相似的国家推广复制。',
      '复制推广需要有积极投入的国家对口单位、适度的启动资金以及同行的一段陪伴支持。',
    ],
    lessons: [
      '面临相似挑战的国家之间开展同行学习，有助于建立信任、加快采纳。',
      '尽早培养本地自主权并明确分工，是试点项目转变为长期项目的关键。',
      '原有模式必须因地制宜而不是照搬：工具需要简化和翻译。',
      '可靠的监测数据有助于说服决策者投入国内资源。',
    ],
    blocks: [
      ['同行交流与考察访问', '技术人员赴{P}的对口机构实地了解做法，随后接待了回访团。'],
      ['试点地点', '该做法先在{k}个试点地点进行测试，经调整后再推广。'],
      ['培训师培训', '共培训{n2}名本地专家担任培训师，使能力建设能够在国家层面持续开展。'],
      ['社区参与', '地方领导和用户群体参与了规划、实施和监测。'],
      ['监测与学习', '简单的指标和定期联合评估使做法能够在推广过程中不断调整。'],
      ['政策固化', '该模式已纳入与{name}相关的国家战略和法规。'],
    ],
    enabling: ['国家层面坚定的政治承诺。', '伙伴机构之间长期的合作关系。', '能够使用当地语言工作的专家。'],
    blockLessons: [
      '从一开始就规划好移交工作。',
      '保持工具简便，便于本地团队掌握。',
      '为本土化调整预留时间，而不仅仅是转移。',
    ],
    contactRoles: ['项目协调员', '技术联络人', '项目官员', '国际合作处负责人'],
    linkLabels: ['项目页面', '最终报告', '案例研究', '视频介绍'],
  },
};
