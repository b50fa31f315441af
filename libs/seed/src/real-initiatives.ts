/**
 * Hand-written demo catalog entries about real initiatives named in the UN Secretary-General's
 * report SSC/22/2 (2025), "Measures taken by organizations of the United Nations system … to
 * support South-South and triangular cooperation" (activities of 2023–2024).
 *
 * Each entry is written in our own words from the facts the report gives (countries, partners,
 * sectors, figures). Narrative around those facts (challenge, approach, sustainability, lessons)
 * is general and deliberately makes no claim of figures or facts the report does not contain.
 * No contacts or links are given: none are invented.
 */
import type { SolutionInput } from '@galaxy/contracts';

type OrganizationInput = NonNullable<SolutionInput['organizations']>[number];
type OrganizationRef = Omit<OrganizationInput, 'role'>;
type CountryInput = SolutionInput['countries'][number];

const SOURCE =
  "Demo data written from the UN Secretary-General's report SSC/22/2 (2025) on UN support to South-South and triangular cooperation";

const provider = (country: string): CountryInput => ({ country, role: 'provider' });
const recipient = (country: string): CountryInput => ({ country, role: 'recipient' });
const triangularPartner = (country: string): CountryInput => ({ country, role: 'triangular_partner' });
const implementing = (org: OrganizationRef): OrganizationInput => ({ ...org, role: 'implementing' });
const supporting = (org: OrganizationRef): OrganizationInput => ({ ...org, role: 'supporting' });

// Organizations, spelled once so that every record names them the same way.
const FAO: OrganizationRef = {
  name: 'Food and Agriculture Organization of the United Nations',
  acronym: 'FAO',
  type: 'un_entity',
};
const IFAD: OrganizationRef = {
  name: 'International Fund for Agricultural Development',
  acronym: 'IFAD',
  type: 'un_entity',
};
const UNDP: OrganizationRef = { name: 'United Nations Development Programme', acronym: 'UNDP', type: 'un_entity' };
const ESCWA: OrganizationRef = {
  name: 'United Nations Economic and Social Commission for Western Asia',
  acronym: 'ESCWA',
  type: 'un_entity',
};
const ECLAC: OrganizationRef = {
  name: 'Economic Commission for Latin America and the Caribbean',
  acronym: 'ECLAC',
  type: 'un_entity',
};
const UNICEF: OrganizationRef = { name: 'United Nations Children’s Fund', acronym: 'UNICEF', type: 'un_entity' };
const PAHO: OrganizationRef = { name: 'Pan American Health Organization', acronym: 'PAHO', type: 'un_entity' };
const IOM: OrganizationRef = { name: 'International Organization for Migration', acronym: 'IOM', type: 'un_entity' };
const ITU: OrganizationRef = { name: 'International Telecommunication Union', acronym: 'ITU', type: 'un_entity' };
const UNCTAD: OrganizationRef = {
  name: 'United Nations Conference on Trade and Development',
  acronym: 'UNCTAD',
  type: 'un_entity',
};
const UNESCO: OrganizationRef = {
  name: 'United Nations Educational, Scientific and Cultural Organization',
  acronym: 'UNESCO',
  type: 'un_entity',
};
const UN_HABITAT: OrganizationRef = {
  name: 'United Nations Human Settlements Programme',
  acronym: 'UN-Habitat',
  type: 'un_entity',
};
const OHCHR: OrganizationRef = {
  name: 'Office of the United Nations High Commissioner for Human Rights',
  acronym: 'OHCHR',
  type: 'un_entity',
};
const ILO: OrganizationRef = { name: 'International Labour Organization', acronym: 'ILO', type: 'un_entity' };
const ITCILO: OrganizationRef = {
  name: 'International Training Centre of the International Labour Organization',
  acronym: 'ITCILO',
  type: 'un_entity',
};
const IAEA: OrganizationRef = { name: 'International Atomic Energy Agency', acronym: 'IAEA', type: 'un_entity' };
const UNOSSC: OrganizationRef = {
  name: 'United Nations Office for South-South Cooperation',
  acronym: 'UNOSSC',
  type: 'un_entity',
};
const UPEACE: OrganizationRef = { name: 'University for Peace', acronym: 'UPEACE', type: 'academia', country: 'CR' };
const EAC: OrganizationRef = { name: 'East African Community', acronym: 'EAC', type: 'igo' };
const CARICOM: OrganizationRef = { name: 'Caribbean Community', acronym: 'CARICOM', type: 'igo' };
const ECOWAS_COMMISSION: OrganizationRef = {
  name: 'Economic Community of West African States Commission',
  acronym: 'ECOWAS',
  type: 'igo',
};
const CELAC: OrganizationRef = {
  name: 'Community of Latin American and Caribbean States',
  acronym: 'CELAC',
  type: 'igo',
};
const EU: OrganizationRef = { name: 'European Union', acronym: 'EU', type: 'igo' };
const GOVERNMENT_OF_CHINA: OrganizationRef = { name: 'Government of China', type: 'government', country: 'CN' };
const GOVERNMENT_OF_UGANDA: OrganizationRef = { name: 'Government of Uganda', type: 'government', country: 'UG' };
const GOVERNMENT_OF_KOREA: OrganizationRef = {
  name: 'Government of the Republic of Korea',
  type: 'government',
  country: 'KR',
};
const FCDO: OrganizationRef = {
  name: 'Foreign, Commonwealth and Development Office',
  acronym: 'FCDO',
  type: 'government',
  country: 'GB',
};
const TICA: OrganizationRef = {
  name: 'Thailand International Cooperation Agency',
  acronym: 'TICA',
  type: 'cooperation_agency',
  country: 'TH',
};
const RCO_THAILAND: OrganizationRef = {
  name: 'Office of the United Nations Resident Coordinator in Thailand',
  type: 'un_entity',
};
const RCO_TRINIDAD_TOBAGO: OrganizationRef = {
  name: 'Office of the United Nations Resident Coordinator in Trinidad and Tobago',
  type: 'un_entity',
};
const AUCI: OrganizationRef = {
  name: 'Uruguayan Agency for International Cooperation',
  acronym: 'AUCI',
  type: 'cooperation_agency',
  country: 'UY',
};
const MSP_URUGUAY: OrganizationRef = {
  name: 'Ministry of Public Health of Uruguay',
  acronym: 'MSP',
  type: 'government',
  country: 'UY',
};
const MOH_INDONESIA: OrganizationRef = { name: 'Ministry of Health of Indonesia', type: 'government', country: 'ID' };
const MOH_MALAWI: OrganizationRef = { name: 'Ministry of Health of Malawi', type: 'government', country: 'MW' };
const MOH_TRINIDAD_TOBAGO: OrganizationRef = {
  name: 'Ministry of Health of Trinidad and Tobago',
  type: 'government',
  country: 'TT',
};
const MOICT_UGANDA: OrganizationRef = {
  name: 'Ministry of Information and Communications Technology and National Guidance of Uganda',
  type: 'government',
  country: 'UG',
};
const CAPMAS: OrganizationRef = {
  name: 'Central Agency for Public Mobilization and Statistics',
  acronym: 'CAPMAS',
  type: 'government',
  country: 'EG',
};
const SOMALIA_NBS: OrganizationRef = {
  name: 'Somalia National Bureau of Statistics',
  acronym: 'SNBS',
  type: 'government',
  country: 'SO',
};
const ISTIC: OrganizationRef = {
  name: 'International Science, Technology and Innovation Centre for South-South Cooperation under the auspices of UNESCO',
  acronym: 'ISTIC',
  type: 'igo',
  country: 'MY',
};
const SSUCN: OrganizationRef = { name: 'South-South University Cooperation Network', type: 'network' };

/** Member States of the Caribbean Community (full members). */
const CARICOM_MEMBERS = ['AG', 'BS', 'BB', 'BZ', 'DM', 'GD', 'GY', 'HT', 'JM', 'MS', 'KN', 'LC', 'VC', 'SR', 'TT'];
/** Partner States of the East African Community in 2023. */
const EAC_PARTNER_STATES = ['BI', 'CD', 'KE', 'RW', 'SS', 'TZ', 'UG'];
/** Member States of the Economic Community of West African States in 2023–2024. */
const ECOWAS_MEMBERS = ['BJ', 'BF', 'CV', 'CI', 'GM', 'GH', 'GN', 'GW', 'LR', 'ML', 'NE', 'NG', 'SN', 'SL', 'TG'];

export const REAL_INITIATIVES: SolutionInput[] = [
  // ───────────────────────────── Food, agriculture and rural development ─────────────────────────────
  {
    externalId: 'ssc-22-2-kenya-tomato-rural-youth',
    language: 'en',
    title: 'Rural youth in Kenya’s tomato value chain',
    subtitle:
      'Greenhouse growing and bacteria-resistant varieties through the China–IFAD South-South and Triangular Cooperation Facility',
    summary:
      'Launched in 2023 with financing from the China–IFAD South-South and Triangular Cooperation Facility, this project brings Kenyan and Chinese universities together with local private companies to open the tomato value chain to rural young people. Over 2023 and 2024, more than 4,000 farmers were trained in greenhouse tomato production and in the development of bacteria-resistant varieties.',
    challenge:
      'Tomatoes are an important cash crop for Kenyan smallholders, but harvests and incomes are held back by plant diseases, bacterial diseases in particular, and by the exposure of open-field production to erratic weather. Rural young people could bring energy and new skills to farming, yet they often lack access to technology, training and buyers, and many turn away from agriculture. Making the food system more resilient therefore calls for better production techniques and for pathways that make farming worthwhile for youth.',
    towardsSolution:
      'The Facility funds a partnership that pairs Chinese experience in protected horticulture and crop improvement with Kenyan research and extension capacity. Universities from both countries work together on greenhouse cultivation and on tomato varieties that resist bacterial disease, while local private-sector partners link producers to inputs and markets. Training is designed for rural youth, so that they can take up skilled, technology-based roles along the value chain.',
    resultsImpact:
      'During 2023 and 2024, more than 4,000 farmers were trained in greenhouse tomato growing and in work on bacteria-resistant varieties. The report presents the project as strengthening Kenya’s capacity to build a more resilient food system, and as one of the examples of the Facility significantly widening its reach during the period.',
    sustainability:
      'Because the research and training are anchored in universities, work on resistant varieties and the curricula developed can continue after the project and feed into teaching and extension. The involvement of local companies gives trained young people a commercial route that does not depend on project support. Upkeep of greenhouses and reliable access to quality planting material will remain important for lasting results.',
    replicability:
      'The model, which combines university partnerships, a single high-value crop and deliberate targeting of rural youth, can be adapted to other horticultural value chains and to other countries where IFAD works. The China–IFAD Facility provides a ready channel to finance similar exchanges between China and other developing countries.',
    lessonsLearned:
      'Joint work between research institutions of both partner countries helps adapt technologies to local growing conditions instead of transferring them unchanged. Youth engagement is strongest when training is tied to concrete income opportunities. Bringing private partners in early helps ensure that what farmers grow can actually be sold.',
    buildingBlocks: [
      {
        title: 'University-to-university partnership on varieties and greenhouse practice',
        description:
          'Kenyan and Chinese universities jointly develop greenhouse tomato practices and bacteria-resistant varieties, combining Chinese know-how in protected agriculture with Kenyan knowledge of local pests, soils and markets.',
        enablingFactors:
          'Dedicated financing from the China–IFAD South-South and Triangular Cooperation Facility; academic partners in both countries.',
      },
      {
        title: 'Private-sector links for young producers',
        description:
          'Local companies take part in the project so that young farmers trained in greenhouse production can reach inputs, services and buyers.',
        lessons: 'Market links make training more attractive to young people than technical instruction alone.',
      },
    ],
    sdgs: [2, 8],
    sdgTargets: ['2.3', '2.4', '8.6'],
    countries: [provider('CN'), recipient('KE')],
    modality: 'south-south',
    themes: ['agriculture', 'food_security', 'youth', 'employment'],
    organizations: [implementing(IFAD), supporting(GOVERNMENT_OF_CHINA)],
    projectStatus: 'ongoing',
    startYear: 2023,
    beneficiaries: 'More than 4,000 farmers trained in 2023–2024',
    contacts: [],
    links: [],
    source: SOURCE,
  },
  {
    externalId: 'ssc-22-2-uganda-fao-china-phase-3',
    language: 'en',
    title: 'Third phase of the FAO–China South-South Cooperation programme in Uganda',
    subtitle: 'A least developed country co-financing its own South-South cooperation',
    summary:
      'The third phase of the FAO–China–Uganda South-South Cooperation project started in 2023 to support the development of Uganda’s agricultural sector. Uganda committed close to US$10 million to it, one of the most significant contributions a least developed country has made to a South-South project facilitated by FAO.',
    challenge:
      'Agriculture provides most livelihoods in Uganda, yet productivity remains limited by restricted access to improved technologies, skills and services. Earlier phases of cooperation with China had shown what practical technology transfer could achieve, but results needed to be consolidated and extended. Sustaining such work over time also requires that the host country itself is invested in it.',
    towardsSolution:
      'FAO facilitates a long-running partnership in which Chinese expertise and technologies support Uganda’s agricultural development, now in its third phase. What stands out in this phase is Uganda’s own financial commitment of nearly US$10 million, which makes the Government a co-investor rather than only a beneficiary. FAO provides the framework, technical oversight and brokering between the two countries.',
    resultsImpact:
      'The launch of the third phase in 2023 confirms the value Uganda places on the earlier phases of the programme. The report highlights the Ugandan contribution as one of the most significant made by a least developed country to an FAO-facilitated South-South cooperation project, a strong signal of national ownership.',
    sustainability:
      'National co-financing ties the programme to the Government’s own budget and priorities, which improves the odds that practices introduced will be maintained and scaled by national institutions. Building on lessons from previous phases allows the work to focus on what has already proven useful.',
    replicability:
      'The phased approach, moving from pilot to consolidation with growing national financing, offers a model for other countries working with FAO and China. It shows that least developed countries can be co-investors in South-South cooperation, not only recipients.',
    lessonsLearned:
      'Long-term partnerships across several phases allow trust and practical know-how to accumulate. A substantial national financial commitment is one of the clearest indicators of ownership and tends to strengthen the cooperation.',
    buildingBlocks: [
      {
        title: 'Phased programming with increasing national co-financing',
        description:
          'Each phase builds on the results of the previous one, and in the third phase the host Government commits its own funds, nearly US$10 million, alongside the support channelled through FAO from China.',
        enablingFactors:
          'Results of earlier phases; political commitment of the Government of Uganda; FAO’s role as broker.',
      },
    ],
    sdgs: [2, 17],
    sdgTargets: ['2.3', '2.4', '17.3', '17.9'],
    countries: [provider('CN'), recipient('UG')],
    modality: 'south-south',
    themes: ['agriculture', 'food_security', 'finance'],
    organizations: [implementing(FAO), supporting(GOVERNMENT_OF_CHINA), supporting(GOVERNMENT_OF_UGANDA)],
    projectStatus: 'ongoing',
    startYear: 2023,
    budgetRange: 'over_5m',
    contacts: [],
    links: [],
    source: SOURCE,
  },
  {
    externalId: 'ssc-22-2-kenya-low-carbon-tea',
    language: 'en',
    title: 'Low-carbon tea production in Kenya with Chinese and German expertise',
    subtitle: 'A triangular component of the FAO–China South-South Cooperation Programme',
    summary:
      'One of three new projects launched under the FAO–China South-South Cooperation Programme after an additional US$5 million contribution, this Kenyan project is part of a triangular cooperation initiative. It brings in Chinese and German know-how and technology to promote low-carbon tea production and the development of the tea value chain.',
    challenge:
      'Tea is one of Kenya’s leading agricultural exports and an important source of rural income, but processing and cultivation practices can be energy- and emission-intensive. Buyers and consumers increasingly expect lower-carbon products, and producers face the effects of a changing climate. Kenyan growers and processors need access to technologies and practices that cut emissions while keeping the crop competitive.',
    towardsSolution:
      'Through FAO, the project combines China’s long experience as a tea producer and processor with German expertise and technologies, making it a triangular arrangement. The focus is both on greener production and on developing the value chain as a whole, so that gains on the farm and in processing translate into market value. FAO provides programme management and links the three countries’ institutions.',
    resultsImpact:
      'The project was launched during 2023–2024 as part of an expansion of the FAO–China programme. The report does not yet present quantified results; it describes the aim of promoting low-carbon tea production and value-chain development in Kenya.',
    sustainability:
      'Practices that lower energy use and emissions can also reduce costs for producers, which gives them a reason to continue after the project. Embedding the work in the tea value chain, rather than in isolated pilots, is intended to help new practices spread through existing commercial channels.',
    replicability:
      'The combination of a South-South core with a developed-country partner contributing specific technology can be applied to other export crops facing decarbonization pressures, and to other tea-producing countries. Because FAO already manages programmes with China in many countries, adding a third partner for specific technologies is a step other projects can take without building new structures.',
    lessonsLearned:
      'Triangular cooperation is most useful when each partner brings a distinct comparative advantage, here production experience from China and particular technologies from Germany. Framing climate action in terms of value-chain competitiveness helps win producers’ support.',
    buildingBlocks: [
      {
        title: 'Complementary expertise in a triangular set-up',
        description:
          'China contributes its experience in tea production and processing, Germany contributes specialised know-how and technology, and FAO brokers and manages the cooperation with Kenya.',
        enablingFactors:
          'An established FAO–China South-South Cooperation Programme with fresh funding; a clear climate and market rationale.',
      },
    ],
    sdgs: [2, 8, 13, 17],
    sdgTargets: ['2.4', '8.4', '13.3', '17.6'],
    countries: [provider('CN'), recipient('KE'), triangularPartner('DE')],
    modality: 'triangular',
    themes: ['agriculture', 'climate', 'trade'],
    organizations: [implementing(FAO), supporting(GOVERNMENT_OF_CHINA)],
    projectStatus: 'ongoing',
    startYear: 2024,
    contacts: [],
    links: [],
    source: SOURCE,
  },
  {
    externalId: 'ssc-22-2-malawi-namibia-fao-china',
    language: 'en',
    title: 'Follow-up FAO–China South-South Cooperation projects in Malawi and Namibia',
    subtitle: 'Mechanization, integrated pest management and poultry production built on first-phase results',
    summary:
      'With an additional US$5 million contribution, the FAO–China South-South Cooperation Programme launched new projects in Malawi and Namibia that build on results of a first phase. They strengthen national capacities in areas such as agricultural mechanization, integrated pest management and poultry production.',
    challenge:
      'Smallholder agriculture in Malawi and Namibia is constrained by limited mechanization, crop losses to pests and under-developed livestock production. First-phase cooperation with China had produced results that needed to be consolidated and extended to more producers and institutions. Without follow-up, gains from pilot work can fade.',
    towardsSolution:
      'The new projects draw on Chinese experience and experts, under FAO’s coordination, to deepen capacities in agricultural mechanization, integrated pest management and poultry production. Building explicitly on the first phase lets partners concentrate on the approaches that worked and address the gaps that remained.',
    resultsImpact:
      'Both projects were launched during the 2023–2024 reporting period as part of an expansion of the FAO–China programme, alongside a new project in Kenya. The report describes their aim of reinforcing national capacity rather than giving quantified results at this stage.',
    sustainability:
      'Focusing on national capacity, that of extension services, technicians and producers, rather than on one-off inputs is meant to make improvements last. Continuity from one phase to the next helps national institutions take ownership.',
    replicability:
      'The three technical areas are common needs across Southern and Eastern Africa, so approaches refined in Malawi and Namibia can inform other countries working with FAO and China. Lessons from running follow-up phases in two countries at once also show how the programme can expand without losing continuity.',
    lessonsLearned:
      'Follow-up phases are an opportunity to consolidate rather than restart, and the best results come when new work explicitly builds on evidence from the earlier phase. Continued contributions to a standing programme make it possible to launch follow-up projects quickly where earlier work has proven useful.',
    sdgs: [2],
    sdgTargets: ['2.3', '2.4', '2.a'],
    countries: [provider('CN'), recipient('MW'), recipient('NA')],
    modality: 'south-south',
    themes: ['agriculture', 'food_security'],
    organizations: [implementing(FAO), supporting(GOVERNMENT_OF_CHINA)],
    projectStatus: 'ongoing',
    startYear: 2024,
    contacts: [],
    links: [],
    source: SOURCE,
  },
  {
    externalId: 'ssc-22-2-fao-celac-rural-digital-transformation',
    language: 'es',
    title: 'Transformación digital rural en América Latina con la CELAC y el apoyo de China',
    subtitle: 'Recuperación pos-COVID-19 de los medios de vida rurales y de los sistemas alimentarios en 12 países',
    summary:
      'Con el apoyo de China, la FAO y la Comunidad de Estados Latinoamericanos y Caribeños (CELAC) ayudaron a 12 países de América Latina a recuperarse del impacto de la COVID-19 en los medios de vida rurales y los sistemas alimentarios. La iniciativa impulsó la transformación digital del medio rural y reforzó la resiliencia de más de 4 000 agricultores de los Estados miembros de la CELAC.',
    challenge:
      'La población rural y los grupos marginados son quienes más pueden ganar con la digitalización, pero también quienes más riesgo corren de quedar rezagados por la brecha digital. La pandemia de COVID-19 golpeó los medios de vida rurales y los sistemas alimentarios de la región y dejó en evidencia la falta de conectividad, de equipos y de competencias digitales en el campo. Sin acceso a herramientas y financiamiento digitales, muchos productores no pueden aprovechar los servicios ni los mercados en línea.',
    towardsSolution:
      'La FAO, en colaboración con la CELAC y con el valioso apoyo de China, combinó formación, equipamiento y alianzas. Se organizaron cursos de alfabetización digital para productores rurales, se entregaron equipos técnicos y se trabajó con una amplia red de entidades nacionales y regionales. Además, se creó una plataforma de financiamiento para la digitalización rural y agrícola.',
    resultsImpact:
      'Entre los logros más importantes figuran más de 70 cursos de alfabetización digital, más de 400 equipos técnicos entregados, la colaboración con más de 50 entidades y la creación de una plataforma de financiamiento para la digitalización rural y agrícola. En total, se fortaleció la resiliencia de más de 4 000 agricultores de los Estados miembros de la CELAC.',
    sustainability:
      'La plataforma de financiamiento y la red de entidades asociadas ofrecen un marco para seguir movilizando recursos y conocimientos una vez concluidas las actividades de formación. Las competencias digitales adquiridas por los agricultores son duraderas y pueden transmitirse dentro de las comunidades.',
    replicability:
      'El enfoque regional, anclado en un mecanismo intergubernamental como la CELAC, facilita la adaptación de las experiencias entre países con contextos rurales parecidos. El mismo esquema de formación, equipamiento y financiamiento puede aplicarse en otras regiones con brechas digitales rurales.',
    lessonsLearned:
      'La alfabetización digital debe ir acompañada de equipos y de acceso a financiamiento para que la tecnología se use realmente. Trabajar con muchas entidades locales amplía el alcance y arraiga la iniciativa en las instituciones existentes.',
    buildingBlocks: [
      {
        title: 'Alfabetización digital con equipamiento',
        description:
          'Cursos de alfabetización digital para productores rurales, combinados con la entrega de equipos técnicos, para que lo aprendido pueda ponerse en práctica de inmediato.',
        enablingFactors:
          'Apoyo financiero de China; coordinación regional a través de la CELAC; red de entidades asociadas.',
      },
      {
        title: 'Plataforma de financiamiento para la digitalización rural',
        description:
          'Una plataforma que reúne opciones de financiamiento para la digitalización de la agricultura y del medio rural, de modo que los productores y sus organizaciones puedan seguir invirtiendo en herramientas digitales.',
      },
    ],
    sdgs: [1, 2, 9, 17],
    sdgTargets: ['1.5', '2.3', '9.c', '17.8'],
    countries: [provider('CN')],
    modality: 'south-south',
    themes: ['digital', 'agriculture', 'food_security'],
    organizations: [implementing(FAO), implementing(CELAC), supporting(GOVERNMENT_OF_CHINA)],
    projectStatus: 'ongoing',
    startYear: 2023,
    beneficiaries: 'Más de 4 000 agricultores de Estados miembros de la CELAC, en 12 países de América Latina',
    contacts: [],
    links: [],
    source: SOURCE,
  },
  {
    externalId: 'ssc-22-2-uganda-ibsa-agro-industry-women-youth',
    language: 'pt',
    title: 'Agroindústria para mulheres e jovens no Uganda com o Fundo IBAS',
    subtitle: 'Enfrentar a insegurança alimentar crónica com apoio da Índia, do Brasil e da África do Sul',
    summary:
      'No Uganda, um projeto do Fundo Índia, Brasil e África do Sul para o Alívio da Pobreza e da Fome (Fundo IBAS) capacita mulheres e jovens através de iniciativas agroindustriais. O objetivo é responder à insegurança alimentar crónica, criando ao mesmo tempo fontes de rendimento.',
    challenge:
      'Em várias zonas do Uganda, a insegurança alimentar é persistente e as famílias rurais dependem de uma agricultura pouco diversificada e de baixo valor acrescentado. As mulheres e os jovens têm, em geral, menos acesso a terra, crédito, formação e mercados. A falta de capacidade de transformação local faz com que grande parte do valor da produção agrícola se perca.',
    towardsSolution:
      'O projeto, financiado pelo Fundo IBAS, um fundo fiduciário gerido pelo Escritório das Nações Unidas para a Cooperação Sul-Sul, aposta na agroindústria como via de empoderamento. Ao apoiar mulheres e jovens na transformação e valorização de produtos agrícolas, procura aumentar os rendimentos e a disponibilidade de alimentos nas comunidades. A cooperação reflete a solidariedade de três grandes países do Sul com um país menos avançado.',
    resultsImpact:
      'O relatório do Secretário-Geral apresenta este projeto como um exemplo de como os fundos fiduciários geridos pelo Escritório das Nações Unidas para a Cooperação Sul-Sul contribuem para os Objetivos de Desenvolvimento Sustentável, ao abordar a insegurança alimentar crónica através do empoderamento de mulheres e jovens. O relatório não apresenta números específicos para este projeto.',
    sustainability:
      'As atividades agroindustriais geram rendimento próprio, o que permite que continuem para além do financiamento do projeto. O reforço das competências das mulheres e dos jovens é um ganho duradouro para as comunidades.',
    replicability:
      'O modelo pode ser adaptado a outros países menos avançados onde a insegurança alimentar coexiste com produção agrícola pouco transformada. O Fundo IBAS já financia projetos semelhantes noutros países do Sul.',
    lessonsLearned:
      'Ligar a segurança alimentar à geração de rendimento torna as intervenções mais atrativas e sustentáveis. Dirigir o apoio a mulheres e jovens ajuda a chegar a quem mais beneficia de novas oportunidades económicas.',
    buildingBlocks: [
      {
        title: 'Financiamento Sul-Sul através de um fundo fiduciário',
        description:
          'A Índia, o Brasil e a África do Sul contribuem para um fundo comum gerido pelo Escritório das Nações Unidas para a Cooperação Sul-Sul, que financia projetos orientados pela procura em países em desenvolvimento, como este no Uganda.',
      },
    ],
    sdgs: [2, 5, 8],
    sdgTargets: ['2.1', '2.3', '5.a', '8.6'],
    countries: [provider('IN'), provider('BR'), provider('ZA'), recipient('UG')],
    modality: 'south-south',
    themes: ['agriculture', 'food_security', 'gender', 'youth'],
    organizations: [supporting(UNOSSC)],
    projectStatus: 'ongoing',
    startYear: 2023,
    contacts: [],
    links: [],
    source: SOURCE,
  },
  {
    externalId: 'ssc-22-2-benin-salt-production',
    language: 'fr',
    title: 'Moderniser la production locale de sel au Bénin',
    subtitle: 'Une unité de transformation semi-moderne et la formation de plus de 1 400 saliculteurs',
    summary:
      'Lancé en 2024 au Bénin avec l’appui d’un fonds d’affectation spéciale géré par le Bureau des Nations Unies pour la coopération Sud-Sud, ce projet soutient la production locale de sel. Il prévoit la construction d’une unité de transformation semi-moderne, l’installation d’équipements et la formation de plus de 1 400 producteurs de sel.',
    challenge:
      'Au Bénin, la production artisanale de sel fait vivre de nombreux ménages des zones côtières, mais elle repose souvent sur des méthodes traditionnelles, pénibles et peu productives. La qualité irrégulière du produit limite l’accès à des marchés plus rémunérateurs. Les producteurs ont besoin d’équipements adaptés et de compétences nouvelles pour améliorer leurs revenus.',
    towardsSolution:
      'Le projet combine une infrastructure, une unité de transformation semi-moderne, avec l’installation d’équipements et un important volet de formation. Les producteurs de sel apprennent à utiliser les nouveaux outils et à améliorer leurs pratiques. L’approche vise à moderniser la filière sans la couper de ses acteurs locaux.',
    resultsImpact:
      'Le rapport du Secrétaire général cite ce projet, lancé en 2024, comme exemple de résultats obtenus grâce aux fonds d’affectation spéciale gérés par le Bureau des Nations Unies pour la coopération Sud-Sud. Plus de 1 400 producteurs de sel sont formés dans ce cadre.',
    sustainability:
      'Une unité de transformation partagée et des producteurs formés constituent des acquis durables pour la filière. La pérennité dépendra de l’organisation des producteurs pour gérer et entretenir l’unité et pour commercialiser ensemble leur production.',
    replicability:
      'La démarche, qui associe une petite infrastructure de transformation et une formation de masse, peut être reprise pour d’autres filières artisanales dans des pays côtiers d’Afrique de l’Ouest et d’ailleurs. Les fonds d’affectation spéciale gérés par le Bureau des Nations Unies pour la coopération Sud-Sud offrent un mécanisme pour financer des initiatives semblables dans d’autres pays.',
    lessonsLearned:
      'L’équipement seul ne suffit pas : c’est la formation d’un grand nombre de producteurs qui permet à une filière entière de progresser. Moderniser progressivement, avec une technologie « semi-moderne », facilite l’appropriation par les acteurs locaux.',
    buildingBlocks: [
      {
        title: 'Unité de transformation semi-moderne',
        description:
          'Construction d’une unité de transformation et installation d’équipements adaptés au contexte local, pour améliorer la qualité et la productivité de la production de sel.',
        lessons: 'Une technologie intermédiaire, à la portée des producteurs, favorise l’appropriation.',
      },
      {
        title: 'Formation à grande échelle des saliculteurs',
        description:
          'Formation de plus de 1 400 producteurs de sel aux nouvelles pratiques et à l’utilisation des équipements.',
      },
    ],
    sdgs: [8, 9],
    sdgTargets: ['8.3', '9.3'],
    countries: [recipient('BJ')],
    modality: 'south-south',
    themes: ['industry', 'employment'],
    organizations: [supporting(UNOSSC)],
    projectStatus: 'ongoing',
    startYear: 2024,
    beneficiaries: 'Plus de 1 400 producteurs de sel formés',
    contacts: [],
    links: [],
    source: SOURCE,
  },
  {
    externalId: 'ssc-22-2-thailand-organic-agriculture-midwifery',
    language: 'en',
    title: 'Thailand’s flagship South-South initiatives on organic agriculture and midwifery',
    subtitle:
      'Launched by the UN country team with the European Union and TICA under the 2022–2026 cooperation framework',
    summary:
      'In 2023 the UN Resident Coordinator in Thailand, on behalf of the UN country team, launched three South-South and triangular cooperation initiatives with the European Union and the Thailand International Cooperation Agency (TICA). These flagship initiatives promote organic agriculture and stronger reproductive health services, including capacity-building for midwives.',
    challenge:
      'Many developing countries want to make farming more sustainable and less dependent on chemical inputs, and to reduce maternal and newborn risks through better reproductive health care. Thailand has built up experience in both areas that other countries are interested in. Turning that experience into structured cooperation requires a framework that links national agencies, the UN system and other partners.',
    towardsSolution:
      'The initiatives were placed under the Thailand Sustainable Development Cooperation Framework 2022–2026, so that South-South cooperation is part of the UN country team’s core plan rather than an add-on. TICA, the European Union and the UN country team pool their roles, with Thai expertise at the centre. The work covers organic agriculture and reproductive health services, with a specific focus on building midwives’ capacities.',
    resultsImpact:
      'Three flagship initiatives were launched in 2023. The report cites them as an example of a resident coordinator using the Cooperation Framework to mainstream South-South and triangular cooperation in a country team’s work.',
    sustainability:
      'Anchoring the initiatives in the national Cooperation Framework and in Thailand’s own cooperation agency gives them an institutional home for the whole framework period. Capacity-building for health workers such as midwives leaves lasting skills.',
    replicability:
      'Other UN country teams can use their Cooperation Frameworks in the same way to plan South-South initiatives around a host country’s recognised strengths, together with its cooperation agency. Involving a regional or international partner such as the European Union can add resources and turn bilateral offers into triangular cooperation.',
    lessonsLearned:
      'Placing South-South cooperation in the Cooperation Framework makes it a shared responsibility of the whole UN country team. A national cooperation agency is a key partner for turning domestic expertise into offers for other countries.',
    buildingBlocks: [
      {
        title: 'South-South cooperation in the UN Cooperation Framework',
        description:
          'The Resident Coordinator and UN country team build South-South and triangular initiatives into the Thailand Sustainable Development Cooperation Framework 2022–2026, working with TICA and the European Union.',
        enablingFactors: 'An established national cooperation agency; a partner willing to co-support triangular work.',
      },
    ],
    sdgs: [2, 3],
    sdgTargets: ['2.4', '3.1', '3.7'],
    countries: [provider('TH')],
    modality: 'south-south',
    themes: ['agriculture', 'health', 'gender'],
    organizations: [implementing(RCO_THAILAND), implementing(TICA), supporting(EU)],
    projectStatus: 'ongoing',
    startYear: 2023,
    contacts: [],
    links: [],
    source: SOURCE,
  },
  {
    externalId: 'ssc-22-2-mekong-water-energy-food-nexus',
    language: 'en',
    title: 'Water–energy–food nexus skills for communities in Cambodia, Lao PDR, Thailand and Viet Nam',
    subtitle: 'Science and technology cooperation for poverty reduction supported by the Republic of Korea',
    summary:
      'A capacity-building fund and programme for poverty reduction through South-South and triangular cooperation in science and technology, implemented by UNOSSC and the Republic of Korea, helps design detailed technical solutions and implementation plans. It equips community members in Cambodia, the Lao People’s Democratic Republic, Thailand and Viet Nam, especially women, with the skills to adopt sustainable practices across the water–energy–food nexus.',
    challenge:
      'Rural communities in the Mekong region depend on closely linked water, energy and food systems: irrigation needs energy, energy production affects water, and both shape food security. Managing these links sustainably requires technical solutions and skills that are often missing at community level. Women, who play a central role in household water, energy and food management, are frequently left out of training.',
    towardsSolution:
      'The programme supports the formulation of detailed technical solutions and implementation plans responding to specific challenges in each of the four countries. Korean science and technology experience is channelled through a triangular set-up managed by UNOSSC. Training concentrates on community members, and particularly women, so that sustainable nexus practices are applied where resources are used.',
    resultsImpact:
      'The report describes the programme as supporting detailed technical solutions and implementation plans in Cambodia, the Lao People’s Democratic Republic, Thailand and Viet Nam, and as giving community members, especially women, the skills needed for sustainable practices. It does not give quantified results.',
    sustainability:
      'Implementation plans adapted to local conditions and skills held by community members are meant to let practices continue without external experts. Involving women strengthens the people who manage these resources day to day.',
    replicability:
      'Nexus challenges are common in river basins across the developing world, and the approach of pairing technical solution design with community skills can be transferred to other regions. The fund-and-programme model also shows how a partner country can support science and technology cooperation among several Southern neighbours at once.',
    lessonsLearned:
      'Looking at water, energy and food together avoids solutions that fix one problem while worsening another. Targeting women directly improves the reach and relevance of technical training.',
    buildingBlocks: [
      {
        title: 'From technical solution design to community implementation plans',
        description:
          'Experts help each country formulate detailed technical solutions and implementation plans, which are then carried forward by trained community members, with priority for women.',
        enablingFactors:
          'A dedicated fund supported by the Republic of Korea and managed by UNOSSC; four countries with related challenges.',
      },
    ],
    sdgs: [2, 5, 6, 7, 17],
    sdgTargets: ['2.4', '5.b', '6.4', '7.2', '17.6'],
    countries: [recipient('KH'), recipient('LA'), recipient('TH'), recipient('VN'), triangularPartner('KR')],
    modality: 'triangular',
    themes: ['water_sanitation', 'energy', 'food_security', 'gender'],
    organizations: [implementing(UNOSSC), supporting(GOVERNMENT_OF_KOREA)],
    projectStatus: 'ongoing',
    startYear: 2023,
    contacts: [],
    links: [],
    source: SOURCE,
  },
  {
    externalId: 'ssc-22-2-iaea-cambodia-laos-viet-nam',
    language: 'en',
    title:
      'Nuclear techniques for animal disease detection and infrastructure safety in Cambodia, Lao PDR and Viet Nam',
    subtitle: 'IAEA-facilitated South-South cooperation among three neighbours',
    summary:
      'The International Atomic Energy Agency facilitates South-South cooperation among Cambodia, the Lao People’s Democratic Republic and Viet Nam. Among other areas, it focuses on training to detect transboundary animal diseases and on non-destructive testing techniques for the safety of buildings and infrastructure.',
    challenge:
      'Animal diseases do not stop at borders: an outbreak in one country can quickly threaten livestock, livelihoods and public health in its neighbours. Fast, reliable laboratory detection is essential but requires specialised skills. At the same time, rapid construction raises the need to check the safety of buildings and infrastructure without damaging them.',
    towardsSolution:
      'With IAEA support, the three countries share training and experience on techniques for detecting transboundary animal diseases and on non-destructive testing methods for structures. Working as neighbours facing common risks allows them to build compatible capacities and learn from each other.',
    resultsImpact:
      'The report cites the cooperation as an example of IAEA promoting South-South cooperation in the region, with training in animal disease detection and in non-destructive testing. No quantified results are given.',
    sustainability:
      'Skills built in national laboratories and inspection bodies remain in the institutions. Regular contact between neighbouring countries’ specialists helps maintain a regional community of practice.',
    replicability:
      'Neighbouring countries elsewhere that share livestock disease risks or infrastructure safety concerns can adopt the same model of regional, agency-facilitated peer training. The IAEA’s technical cooperation network makes it possible to organise such exchanges in other regions around the techniques most relevant to them.',
    lessonsLearned:
      'Shared risks, such as transboundary animal diseases, create a strong rationale for cooperation among neighbours. Technical agencies can add value by convening peer countries around specific techniques.',
    sdgs: [2, 3, 9],
    sdgTargets: ['3.d', '9.1'],
    countries: [recipient('KH'), recipient('LA'), recipient('VN')],
    modality: 'south-south',
    themes: ['agriculture', 'health', 'infrastructure'],
    organizations: [implementing(IAEA)],
    projectStatus: 'ongoing',
    startYear: 2023,
    contacts: [],
    links: [],
    source: SOURCE,
  },

  // ───────────────────────────── Energy and water ─────────────────────────────
  {
    externalId: 'ssc-22-2-ethiopia-rural-renewable-energy',
    language: 'en',
    title: 'Biogas, biomass and solar energy for rural households in Ethiopia',
    subtitle: 'UNDP-facilitated cooperation with China and Sri Lanka on access to renewable energy',
    summary:
      'UNDP brokered cooperation between Ethiopia, China and Sri Lanka to improve access to renewable energy solutions in rural Ethiopia. Using biogas, biomass and solar technologies, the initiative has benefited more than 10,000 rural households.',
    challenge:
      'Many rural households in Ethiopia have no grid connection and cook with firewood, charcoal or dung on inefficient stoves. This exposes families, above all women and children, to indoor smoke, consumes hours of work collecting fuel and adds pressure on forests. Extending the grid to dispersed rural communities is slow and costly, so decentralised solutions are needed.',
    towardsSolution:
      'UNDP connected Ethiopia with two Southern partners that have practical experience with small-scale renewable technologies. China and Sri Lanka shared know-how on biogas, on more efficient use of biomass and on solar energy, and the technologies were adapted to Ethiopian rural conditions. Offering a mix of technologies allowed households and communities to use the option that fits their resources and needs.',
    resultsImpact:
      'More than 10,000 households in rural areas have benefited from biogas, biomass and solar technologies. The report cites the initiative among the 700 South-South cooperation projects UNDP facilitated in 2023 and 2024.',
    sustainability:
      'Decentralised systems such as biogas digesters and solar units can be run and maintained locally once technicians and users are trained. Lower spending on fuel and time saved give households a reason to keep the systems in use.',
    replicability:
      'The approach suits other countries with large off-grid rural populations. Drawing on two different Southern providers shows how UNDP can assemble a package of complementary experience for one recipient.',
    lessonsLearned:
      'Combining several renewable technologies works better than promoting a single one, because household situations differ. Southern partners with similar development contexts offer technologies that are affordable and easy to maintain.',
    buildingBlocks: [
      {
        title: 'A mix of decentralised renewable technologies',
        description:
          'Biogas, improved biomass use and solar energy are offered side by side, drawing on Chinese and Sri Lankan experience, so that each rural household or community can adopt the solution best suited to it.',
        enablingFactors:
          'UNDP’s brokering role; Southern partners with proven small-scale renewable energy experience.',
      },
    ],
    sdgs: [7, 13],
    sdgTargets: ['7.1', '7.2', '7.b'],
    countries: [provider('CN'), provider('LK'), recipient('ET')],
    modality: 'south-south',
    themes: ['energy', 'climate', 'environment'],
    organizations: [implementing(UNDP)],
    projectStatus: 'ongoing',
    startYear: 2023,
    beneficiaries: 'More than 10,000 rural households',
    contacts: [],
    links: [],
    source: SOURCE,
  },
  {
    externalId: 'ssc-22-2-south-asia-transboundary-water',
    language: 'en',
    title: 'Policy exchange on transboundary water conservation and management in South Asia',
    subtitle: 'Bangladesh, Bhutan, India, Nepal and Pakistan share approaches with UNDP support',
    summary:
      'UNDP facilitated knowledge exchange among Bangladesh, Bhutan, India, Nepal and Pakistan on policies that make water conservation and management more efficient through cross-border cooperation. The exchange helps countries that share river systems learn from each other’s policy experience.',
    challenge:
      'South Asia’s major river systems cross national borders, so the way one country manages water affects its neighbours. Growing demand, climate variability and pollution make efficient conservation and management increasingly urgent. Policy dialogue across borders is often limited, even though countries face similar problems.',
    towardsSolution:
      'UNDP created a space for the five countries to exchange knowledge on water policy, focusing on how transboundary cooperation can make conservation and management more efficient. Sharing policy experience among peers lets each country consider approaches that have worked in a similar context.',
    resultsImpact:
      'The report cites this exchange among UNDP’s South-South initiatives of 2023–2024. It does not give quantified results, but the exchange contributes to a shared understanding of policy options for cross-border water management.',
    sustainability:
      'Relationships built among water policymakers can outlast a single exchange and make later cooperation easier. Embedding lessons in national policy gives them lasting effect.',
    replicability:
      'Other regions with shared basins can use UNDP-facilitated policy exchanges as a low-cost first step toward deeper transboundary cooperation. Starting with knowledge exchange allows countries to build trust before considering more formal arrangements.',
    lessonsLearned:
      'Knowledge exchange on policy is a practical entry point for cooperation on sensitive transboundary issues. A neutral facilitator helps countries engage on shared resources.',
    sdgs: [6],
    sdgTargets: ['6.4', '6.5', '6.a'],
    countries: [recipient('BD'), recipient('BT'), recipient('IN'), recipient('NP'), recipient('PK')],
    modality: 'south-south',
    themes: ['water_sanitation', 'environment', 'governance'],
    organizations: [implementing(UNDP)],
    projectStatus: 'ongoing',
    startYear: 2023,
    contacts: [],
    links: [],
    source: SOURCE,
  },

  // ───────────────────────────── Health ─────────────────────────────
  {
    externalId: 'ssc-22-2-indonesia-malawi-immunization-logistics',
    language: 'en',
    title: 'Indonesia’s electronic immunization logistics system studied by Malawi',
    subtitle: 'Peer learning on digital vaccine supply chains through the UNDP digital health hub',
    summary:
      'Building on the success of the electronic immunization and logistics monitoring system it developed in 2018, Indonesia’s Ministry of Health offers the system to other countries through UNDP’s Digital Health for Development hub. In 2024 a delegation from Malawi’s Ministry of Health visited Indonesia to learn from its experience.',
    challenge:
      'Vaccines are only effective if they reach health facilities in time, in the right quantities and at the right temperature. Paper-based stock management makes it hard to see shortages, wastage or cold-chain problems as they happen. Malawi wanted to streamline its health logistics and make the distribution of vaccines more equitable.',
    towardsSolution:
      'Indonesia makes its own digital system for monitoring immunization and vaccine logistics available to other countries, with UNDP’s Digital Health for Development hub acting as a bridge. A Malawian Ministry of Health delegation travelled to Indonesia in 2024 to see the system in use and discuss how it was designed, rolled out and governed.',
    resultsImpact:
      'Lessons from the exchange are feeding into a Malawian strategy to simplify the country’s medical logistics procedures and ensure fair distribution of vaccines. The exchange shows how a solution built for one country’s health system can be offered to others.',
    sustainability:
      'Because the system has been in use in Indonesia since 2018, Malawi learns from a mature solution rather than a pilot. Translating the lessons into a national strategy is meant to ensure that any adaptation is owned and funded by Malawi’s health system.',
    replicability:
      'The UNDP hub gives other countries the same route to Indonesia’s experience. The system addresses a need shared by most immunization programmes.',
    lessonsLearned:
      'Seeing a digital system working in practice, including its institutional arrangements, is more informative than reviewing technical documentation alone. Lessons should be turned into a national strategy before any technology is adapted.',
    buildingBlocks: [
      {
        title: 'A national digital health solution offered to peers',
        description:
          'Indonesia’s Ministry of Health makes its electronic immunization and logistics monitoring system, in use since 2018, available to other countries through UNDP’s Digital Health for Development hub.',
      },
      {
        title: 'Ministry-to-ministry study visit',
        description:
          'A Malawian Ministry of Health delegation visits Indonesia to observe the system and its management, and brings the lessons back into a national logistics strategy.',
        lessons: 'Study visits work best when they feed a concrete national planning process.',
      },
    ],
    sdgs: [3, 17],
    sdgTargets: ['3.8', '3.b', '17.6'],
    countries: [provider('ID'), recipient('MW')],
    modality: 'south-south',
    themes: ['health', 'digital'],
    organizations: [implementing(MOH_INDONESIA), implementing(MOH_MALAWI), supporting(UNDP)],
    projectStatus: 'ongoing',
    startYear: 2024,
    contacts: [],
    links: [],
    source: SOURCE,
  },
  {
    externalId: 'ssc-22-2-caricom-antimicrobial-resistance',
    language: 'en',
    title: 'Antimicrobial resistance detection and surveillance in CARICOM Member States',
    subtitle: 'A two-phase project of PAHO, the Caribbean Community and Argentina',
    summary:
      'PAHO, the Caribbean Community (CARICOM) and Argentina carried out a two-phase triangular cooperation project to strengthen national and regional capacities for detecting and monitoring antimicrobial resistance in CARICOM Member States. Argentina shares its experience in laboratory detection and surveillance with the Caribbean.',
    challenge:
      'Antimicrobial resistance makes common infections harder to treat and threatens the gains of modern medicine. Detecting resistant organisms requires laboratory capacity, quality standards and surveillance systems that small island health systems often find hard to maintain on their own. Without reliable data, countries cannot see how resistance is spreading or adjust their treatment guidelines.',
    towardsSolution:
      'Argentina brings its expertise in detecting and monitoring antimicrobial resistance, PAHO provides technical coordination, and CARICOM anchors the work at regional level. The two-phase design allows capacities to be built first and then consolidated, at both national and regional levels.',
    resultsImpact:
      'The report cites the project as an example of PAHO country offices and subregional entities supporting South-South and triangular cooperation in 2023. It aims at stronger national and regional antimicrobial resistance detection and surveillance across CARICOM Member States; no figures are reported.',
    sustainability:
      'Working through CARICOM gives the effort a regional home, so that capacities can be shared among Member States rather than duplicated. Surveillance networks, once in place, support routine reporting beyond the project.',
    replicability:
      'Other groups of small states can use a regional organization, a Southern reference country and PAHO or WHO in the same way to build shared laboratory and surveillance capacity. The same set-up could address other health threats that call for specialised laboratory capacity, such as emerging infectious diseases.',
    lessonsLearned:
      'A regional approach helps small states reach the scale needed for specialised laboratory work. Phasing the project lets partners consolidate what was built in the first stage.',
    buildingBlocks: [
      {
        title: 'Regional organization as anchor for health cooperation',
        description:
          'CARICOM provides the regional framework within which Argentina’s expertise and PAHO’s technical cooperation reach all Member States, building national and regional capacity together.',
      },
    ],
    sdgs: [3, 17],
    sdgTargets: ['3.3', '3.d', '17.9'],
    countries: [provider('AR'), ...CARICOM_MEMBERS.map(recipient)],
    modality: 'south-south',
    themes: ['health'],
    organizations: [implementing(PAHO), implementing(CARICOM)],
    projectStatus: 'ongoing',
    startYear: 2023,
    contacts: [],
    links: [],
    source: SOURCE,
  },
  {
    externalId: 'ssc-22-2-trinidad-tobago-halt-health-robots',
    language: 'en',
    title: 'High- and low-tech tools, including robots, for COVID-19 care in Trinidad and Tobago',
    subtitle: 'The HALT project, funded by the India–UN Development Partnership Fund',
    summary:
      'With support from the India–UN Development Partnership Fund, managed by UNOSSC, PAHO strengthened the capacity of Trinidad and Tobago’s Ministry of Health to bring advanced technology into the health system. The Fund committed US$1 million to the project, “Introducing high and low technology (HALT) in the COVID-19 response”, which integrated humanoid mobile medical robots into local public health services.',
    challenge:
      'During the COVID-19 pandemic, health systems had to keep care going while limiting contact between patients and health workers. Trinidad and Tobago needed ways to widen access to care without increasing the risk of infection. Integrating new digital devices into a national health system, however, requires both equipment and institutional capacity.',
    towardsSolution:
      'The project combines high- and low-technology solutions in the COVID-19 response. Humanoid mobile medical robots were introduced in local public health services, and the Ministry of Health was supported to integrate digital medical devices into its national systems. PAHO, the Ministry of Health and the office of the UN Resident Coordinator worked together, with financing from India through the India–UN Fund.',
    resultsImpact:
      'The India–UN Development Partnership Fund committed US$1 million. The Ministry of Health is now able to integrate digital medical devices into the national system of Trinidad and Tobago, and robots have been brought into local public health services to increase access to care.',
    sustainability:
      'Strengthening the Ministry’s own capacity to integrate digital devices matters more for the long term than the robots themselves. Lessons from the pandemic response can be applied to other services.',
    replicability:
      'Small island developing States facing similar health workforce constraints could adapt the approach. The India–UN Fund offers a channel for similar demand-driven projects.',
    lessonsLearned:
      'Advanced technologies only add value when health authorities can integrate them into their systems. Combining high- and low-technology options keeps solutions practical.',
    buildingBlocks: [
      {
        title: 'Demand-driven financing through the India–UN Fund',
        description:
          'India finances the project through the India–UN Development Partnership Fund, managed by UNOSSC, while PAHO, the Ministry of Health and the Resident Coordinator’s office implement it together.',
      },
    ],
    sdgs: [3, 9],
    sdgTargets: ['3.8', '3.d', '9.5'],
    countries: [provider('IN'), recipient('TT')],
    modality: 'south-south',
    themes: ['health', 'digital'],
    organizations: [
      implementing(PAHO),
      implementing(MOH_TRINIDAD_TOBAGO),
      supporting(RCO_TRINIDAD_TOBAGO),
      supporting(UNOSSC),
    ],
    projectStatus: 'ongoing',
    startYear: 2023,
    budgetRange: '1m_5m',
    contacts: [],
    links: [],
    source: SOURCE,
  },
  {
    externalId: 'ssc-22-2-paraguay-chaco-maternal-child-health',
    language: 'es',
    title: 'Más servicios de salud materno-infantil en el Chaco paraguayo',
    subtitle: 'Un proyecto de la OPS financiado por el Fondo de Asociación India-Naciones Unidas para el Desarrollo',
    summary:
      'La Organización Panamericana de la Salud (OPS) apoya la ejecución de un proyecto financiado por el Fondo de Asociación India-Naciones Unidas para el Desarrollo para ampliar los servicios de salud materna e infantil y su cobertura en la región del Chaco, en Paraguay. El proyecto forma parte de tres iniciativas de salud en las Américas financiadas por este fondo, gestionado por la Oficina de las Naciones Unidas para la Cooperación Sur-Sur.',
    challenge:
      'El Chaco es una región extensa y poco poblada, donde las distancias y la dispersión de las comunidades dificultan el acceso a los servicios de salud. Las madres y los niños pequeños, que necesitan controles regulares durante el embarazo y en los primeros años de vida, son especialmente afectados. Mejorar la cobertura exige adaptar la oferta de servicios a las condiciones del territorio.',
    towardsSolution:
      'Con financiamiento de la India a través del Fondo India-Naciones Unidas, gestionado por la Oficina de las Naciones Unidas para la Cooperación Sur-Sur, la OPS acompaña a las autoridades sanitarias en la ampliación de los servicios de salud materno-infantil. El proyecto se centra en aumentar tanto la disponibilidad de servicios como la cobertura en el Chaco.',
    resultsImpact:
      'El informe del Secretario General menciona este proyecto entre las iniciativas que la OPS apoyó en 2023 y 2024 con el Fondo India-Naciones Unidas. Su objetivo es un mayor acceso y cobertura de la atención materno-infantil en el Chaco; el informe no presenta cifras.',
    sustainability:
      'Al reforzar los servicios públicos de salud existentes en lugar de crear estructuras paralelas, el proyecto busca que las mejoras se mantengan dentro del sistema de salud. La apropiación por parte de las autoridades sanitarias es clave para su continuidad.',
    replicability:
      'Otras regiones remotas de América Latina con problemas similares de acceso pueden aprovechar el mismo enfoque. El Fondo India-Naciones Unidas ofrece un mecanismo para financiar iniciativas parecidas en otros países.',
    lessonsLearned:
      'Para llegar a las poblaciones de zonas remotas hay que adaptar los servicios al territorio. Un financiamiento Sur-Sur flexible, ejecutado con una agencia técnica como la OPS, permite responder a prioridades definidas por el propio país.',
    sdgs: [3],
    sdgTargets: ['3.1', '3.2', '3.8'],
    countries: [provider('IN'), recipient('PY')],
    modality: 'south-south',
    themes: ['health', 'gender'],
    organizations: [implementing(PAHO), supporting(UNOSSC)],
    projectStatus: 'ongoing',
    startYear: 2023,
    contacts: [],
    links: [],
    source: SOURCE,
  },
  {
    externalId: 'ssc-22-2-belize-covid-clinical-management',
    language: 'en',
    title: 'Safer COVID-19 care and protection of health workers in Belize',
    subtitle: 'PAHO support with financing from the India–UN Development Partnership Fund',
    summary:
      'PAHO supports a project funded by the India–UN Development Partnership Fund that strengthens the clinical management of COVID-19 patients in Belize. It also reduces the risk of COVID-19 transmission among the country’s health workers.',
    challenge:
      'COVID-19 placed heavy demands on Belize’s health system, which needed up-to-date clinical protocols for treating patients. Health workers, who were most exposed to the virus, faced high risks of infection, and every infected worker meant fewer staff to care for patients.',
    towardsSolution:
      'With financing from India through the India–UN Fund, PAHO works with Belize on two linked goals: better clinical management of COVID-19 patients and lower transmission risk for health personnel. Protecting health workers and improving care are treated as two sides of the same response.',
    resultsImpact:
      'The report lists the project among three India–UN Fund projects in the Americas whose implementation PAHO supported in 2023–2024. It does not provide figures for this project.',
    sustainability:
      'Clinical management skills and infection prevention practices remain useful for other respiratory diseases and future outbreaks. Integrating them into routine practice extends the benefits beyond COVID-19.',
    replicability:
      'The approach applies to any health system preparing for epidemic threats, particularly small States with limited health workforces. The India–UN Development Partnership Fund can finance similar demand-driven projects in other countries, with regional organizations such as PAHO supporting implementation.',
    lessonsLearned:
      'Protecting health workers is essential to keep services running during an epidemic. South-South funding channelled through a regional health agency can be mobilised for urgent national priorities.',
    sdgs: [3, 8],
    sdgTargets: ['3.3', '3.d', '8.8'],
    countries: [provider('IN'), recipient('BZ')],
    modality: 'south-south',
    themes: ['health'],
    organizations: [implementing(PAHO), supporting(UNOSSC)],
    projectStatus: 'ongoing',
    startYear: 2023,
    contacts: [],
    links: [],
    source: SOURCE,
  },
  {
    externalId: 'ssc-22-2-uruguay-health-intelligence-hub',
    language: 'en',
    title: 'Uruguay’s Health Intelligence Hub',
    subtitle: 'An inter-institutional initiative of the Ministry of Public Health, AUCI and PAHO',
    summary:
      'Set up in 2023, the Uruguay Health Intelligence Hub is a joint initiative of Uruguay’s Ministry of Public Health, the Uruguayan Agency for International Cooperation (AUCI) and PAHO. It strengthens knowledge sharing within Uruguay’s health system and fosters exchanges with other countries, within the region and beyond.',
    challenge:
      'Health systems generate a great deal of experience that often stays within individual institutions. Uruguay’s health system had valuable practices to share, but no structured way to collect them and offer them to partner countries. Likewise, learning from others requires a clear entry point.',
    towardsSolution:
      'The Hub brings together the Ministry of Public Health, which holds technical knowledge, AUCI, which manages Uruguay’s international cooperation, and PAHO, which connects countries across the Americas. Together they organise knowledge sharing inside the health system and exchanges with countries in and outside the region.',
    resultsImpact:
      'The report presents the Hub, set up in 2023, as an inter-agency initiative to strengthen knowledge sharing and promote intra- and inter-regional exchanges for Uruguay’s health system. No figures are given.',
    sustainability:
      'Because it is built on existing national institutions and on the country’s cooperation agency, the Hub fits within Uruguay’s regular structures. Partnership with PAHO gives it a regional network to draw on.',
    replicability:
      'Other countries with strong health institutions and a national cooperation agency can create similar hubs to organise and offer their experience. PAHO’s presence across the Americas makes it a natural partner for hubs of this kind in other countries of the region.',
    lessonsLearned:
      'Linking the health ministry with the national cooperation agency turns technical expertise into cooperation offers. A regional organization adds reach and credibility.',
    buildingBlocks: [
      {
        title: 'Health ministry, cooperation agency and regional organization in one hub',
        description:
          'The Ministry of Public Health, AUCI and PAHO jointly run a hub that captures health system knowledge and channels it into exchanges inside and outside the region.',
        enablingFactors:
          'A national cooperation agency with an established South-South portfolio; PAHO’s country presence.',
      },
    ],
    sdgs: [3, 17],
    sdgTargets: ['3.d', '17.6', '17.9'],
    countries: [provider('UY')],
    modality: 'south-south',
    themes: ['health', 'governance'],
    organizations: [implementing(MSP_URUGUAY), implementing(AUCI), implementing(PAHO)],
    projectStatus: 'ongoing',
    startYear: 2023,
    contacts: [],
    links: [],
    source: SOURCE,
  },
  {
    externalId: 'ssc-22-2-morocco-winter-school-migrant-health',
    language: 'fr',
    title: 'Une « école d’hiver » sur la santé des migrants en Afrique du Nord et au Moyen-Orient',
    subtitle: 'Deuxième édition organisée au Maroc par l’OIM et l’École nationale de santé publique',
    summary:
      'En 2023, l’Organisation internationale pour les migrations (OIM) et l’École nationale de santé publique du Maroc, en coordination avec la Direction de l’épidémiologie et de lutte contre les maladies, ont organisé la deuxième édition d’une « école d’hiver » sur la santé des migrants. Des participants d’Égypte, de Libye, du Maroc, du Soudan, de Tunisie et du Yémen y ont formé un réseau d’acteurs de la santé des migrants dans la région.',
    challenge:
      'Les migrants rencontrent souvent des obstacles pour accéder aux soins, à la protection sociale et à l’assurance maladie dans les pays où ils vivent. En Afrique du Nord et au Moyen-Orient, les pays d’origine, de transit et de destination font face à des défis semblables, mais échangent peu sur leurs solutions. L’objectif de la couverture sanitaire universelle ne peut être atteint si les migrants en restent exclus.',
    towardsSolution:
      'L’école d’hiver réunit des acteurs de six pays autour de thèmes concrets : santé sexuelle et reproductive, santé mentale et soutien psychosocial, protection sociale, assurance maladie et principes du vivre-ensemble avec les migrants. Le Maroc accueille la formation et partage son expérience, et les participants comparent les pratiques de leurs pays.',
    resultsImpact:
      'Les participants ont constitué un réseau régional d’acteurs impliqués dans la santé des migrants. L’atelier leur a permis de formuler des recommandations pour inclure les migrants dans la couverture sanitaire universelle, en s’appuyant sur l’expérience des pays partenaires pour intégrer les populations migrantes dans les systèmes de santé.',
    sustainability:
      'Le réseau créé entre participants peut continuer à fonctionner entre deux sessions. Le fait que l’école en soit à sa deuxième édition montre un ancrage institutionnel au sein de l’École nationale de santé publique.',
    replicability:
      'Le format d’une école régionale, organisée par une institution nationale de santé publique avec l’appui de l’OIM, peut être repris dans d’autres régions confrontées à des enjeux migratoires communs. Organiser des éditions successives permet d’approfondir les thèmes et d’élargir progressivement le réseau.',
    lessonsLearned:
      'Réunir des pays d’origine, de transit et de destination favorise une compréhension partagée des besoins de santé des migrants. Une institution académique nationale donne de la continuité à l’initiative.',
    buildingBlocks: [
      {
        title: 'École régionale organisée par une institution nationale',
        description:
          'L’École nationale de santé publique du Maroc, avec l’OIM et la Direction de l’épidémiologie et de lutte contre les maladies, accueille une formation régionale récurrente sur la santé des migrants.',
        enablingFactors: 'Un partenaire national reconnu en santé publique ; le réseau régional de l’OIM.',
      },
    ],
    sdgs: [3, 10],
    sdgTargets: ['3.8', '10.7'],
    countries: [provider('MA'), recipient('EG'), recipient('LY'), recipient('SD'), recipient('TN'), recipient('YE')],
    modality: 'south-south',
    themes: ['health', 'migration', 'social_protection'],
    organizations: [
      implementing(IOM),
      implementing({ name: 'École nationale de santé publique', acronym: 'ENSP', type: 'academia', country: 'MA' }),
      supporting({
        name: 'Direction de l’épidémiologie et de lutte contre les maladies',
        acronym: 'DELM',
        type: 'government',
        country: 'MA',
      }),
    ],
    projectStatus: 'completed',
    startYear: 2023,
    endYear: 2023,
    contacts: [],
    links: [],
    source: SOURCE,
  },

  // ───────────────────────────── Migration, governance, social protection and education ─────────────────────────────
  {
    externalId: 'ssc-22-2-eac-one-stop-border-posts',
    language: 'en',
    title: 'Harmonized training for migration management at East African one-stop border posts',
    subtitle: 'An East African Community training module developed with IOM support',
    summary:
      'In January 2023 the East African Community (EAC) Secretariat, working with its Partner States and supported by IOM, developed a comprehensive training module on migration management in one-stop border post settings. Trainers were then trained in Uganda so that the curriculum can be delivered effectively across the region.',
    challenge:
      'One-stop border posts bring the border agencies of two neighbouring countries together in a single facility, which speeds up the movement of people and goods. They only work well if officers from different countries apply compatible procedures and share a common understanding of migration management. Training for border officials was not harmonized across the Community.',
    towardsSolution:
      'IOM worked closely with the EAC to advance the African integration agenda, giving priority to one-stop border posts and to a harmonized capacity-building programme for border officials. The EAC Secretariat and Partner States developed a comprehensive training module, and a training-of-trainers session in Uganda prepared staff to deliver it.',
    resultsImpact:
      'A regional training module on migration management at one-stop border posts was completed in January 2023, and trainers were trained in Uganda with the skills needed to implement the curriculum. This gives the Community a shared basis for training border officials.',
    sustainability:
      'The training-of-trainers approach means that national instructors, not external experts, deliver the curriculum going forward. Ownership by the EAC Secretariat anchors the module in the regional integration framework.',
    replicability:
      'Other regional economic communities that operate one-stop border posts, in Africa and elsewhere, can adapt the module and the training-of-trainers model. Because the module was developed by a regional secretariat with its Partner States, it can be updated and shared as new border posts open.',
    lessonsLearned:
      'Harmonized training is a practical complement to shared infrastructure at borders. Building a pool of regional trainers multiplies the reach of a single curriculum.',
    buildingBlocks: [
      {
        title: 'Regional curriculum with training of trainers',
        description:
          'A comprehensive migration management module designed by the EAC Secretariat and Partner States, delivered through a pool of trainers first trained in Uganda.',
        enablingFactors:
          'A regional integration agenda that prioritises one-stop border posts; IOM’s technical support.',
      },
    ],
    sdgs: [10, 17],
    sdgTargets: ['10.7', '17.9'],
    countries: EAC_PARTNER_STATES.map(recipient),
    modality: 'south-south',
    themes: ['migration', 'governance', 'trade'],
    organizations: [implementing(EAC), supporting(IOM)],
    projectStatus: 'ongoing',
    startYear: 2023,
    contacts: [],
    links: [],
    source: SOURCE,
  },
  {
    externalId: 'ssc-22-2-right-to-development-study',
    language: 'en',
    title: 'Good practices for the right to development in South-South cooperation',
    subtitle: 'An OHCHR and University for Peace study drawing on India–UN Fund and IBSA Fund projects',
    summary:
      'In May 2023, OHCHR and the University for Peace completed a study on good practices for realising the right to development in South-South cooperation. It draws on a project financed by the India–UN Development Partnership Fund in Antigua and Barbuda, and on two IBSA Fund projects in Angola and the Comoros that received technical support from Brazil and South Africa respectively.',
    challenge:
      'South-South cooperation and the right to development share principles such as equality, national ownership and participation, but the links between them are rarely documented. Without evidence from real projects, it is difficult to show how cooperation practice can advance the right to development. Dialogue between the South-South cooperation and human rights communities has been limited.',
    towardsSolution:
      'The study examines concrete projects, funded by the India–UN Fund and by the India, Brazil and South Africa Facility for Poverty and Hunger Alleviation, to identify practices that put the right to development into effect. By looking at projects in a small island developing State and in two African countries, it draws lessons from different contexts.',
    resultsImpact:
      'The study, completed in May 2023, advanced dialogue between South-South cooperation and human rights and highlighted that the principles and practices of South-South and triangular cooperation and of the right to development complement and reinforce each other. In 2024 the Expert Mechanism on the Right to Development followed up with a thematic study on operationalising the right to development in international development cooperation.',
    sustainability:
      'By grounding its analysis in projects, the study offers material that practitioners and policymakers can keep using. The follow-up work by the Expert Mechanism shows that the topic has been taken up in ongoing human rights processes.',
    replicability:
      'The method, which reviews funded South-South projects through a rights-based lens, can be applied to other funds and portfolios. Academic partners such as the University for Peace can help other UN entities carry out similar reviews.',
    lessonsLearned:
      'Documenting real projects is the most convincing way to show how cooperation principles translate into rights-based practice. Partnerships with academic institutions add analytical rigour.',
    sdgs: [10, 16, 17],
    sdgTargets: ['10.2', '16.7', '17.16'],
    countries: [provider('IN'), provider('BR'), provider('ZA'), recipient('AG'), recipient('AO'), recipient('KM')],
    modality: 'south-south',
    themes: ['governance'],
    organizations: [implementing(OHCHR), implementing(UPEACE)],
    projectStatus: 'completed',
    startYear: 2023,
    endYear: 2023,
    contacts: [],
    links: [],
    source: SOURCE,
  },
  {
    externalId: 'ssc-22-2-colombia-kenya-informal-settlements-housing',
    language: 'en',
    title: 'Colombia–Kenya exchange on community-based affordable housing in informal settlements',
    subtitle: 'City-level interregional learning facilitated by UN-Habitat',
    summary:
      'UN-Habitat facilitated an interregional, city-level exchange between Colombia and Kenya on community-based solutions for affordable housing in informal settlements. The exchange is part of UN-Habitat’s work to promote policies and practices for inclusive cities.',
    challenge:
      'Large numbers of urban residents in both Latin America and Africa live in informal settlements, with insecure tenure, poor housing and limited services. Conventional housing programmes often fail to reach these communities or displace them. Approaches that involve residents themselves are promising but need to be shared beyond the places where they were developed.',
    towardsSolution:
      'UN-Habitat connected cities and practitioners in Colombia and Kenya to exchange experience on community-based approaches to affordable housing. Exchanging across regions exposes each side to solutions developed in a different but comparable urban context.',
    resultsImpact:
      'The report cites this exchange as an example of UN-Habitat promoting interregional exchanges at city level in support of inclusive cities. No quantified results are reported.',
    sustainability:
      'Community-based approaches tend to last because residents are involved in decisions and have a stake in the results. City-to-city relationships can continue after a facilitated exchange.',
    replicability:
      'The exchange model can be replicated between other cities facing informal settlement challenges, across regions or within them. UN-Habitat’s networks of cities and practitioners make it possible to match cities with comparable challenges.',
    lessonsLearned:
      'Cities in different regions can learn a great deal from each other when their challenges are similar. Community participation is central to affordable housing solutions in informal settlements.',
    sdgs: [11, 17],
    sdgTargets: ['11.1', '11.3', '17.16'],
    countries: [provider('CO'), recipient('KE')],
    modality: 'south-south',
    themes: ['urban', 'infrastructure'],
    organizations: [implementing(UN_HABITAT)],
    projectStatus: 'ongoing',
    startYear: 2023,
    contacts: [],
    links: [],
    source: SOURCE,
  },
  {
    externalId: 'ssc-22-2-drc-south-africa-mining-settlements',
    language: 'en',
    title: 'Sustainable human settlements in mining areas: DR Congo–South Africa exchange',
    subtitle: 'A new UN-Habitat initiative linking two mining economies',
    summary:
      'UN-Habitat is supporting a new initiative of exchange between the Democratic Republic of the Congo and South Africa. It aims to promote sustainable human settlements linked to the mining sector in both countries.',
    challenge:
      'Mining attracts workers and their families to areas that often lack planning, housing and basic services, and settlements can grow rapidly and informally around mines. When mines close or production falls, these communities face further hardship. Both the Democratic Republic of the Congo and South Africa have large mining sectors and face these settlement challenges.',
    towardsSolution:
      'The initiative brings the two countries together to exchange policies and practices for planning and managing human settlements in mining areas. Each country brings its own experience of settlements in mining regions, offering complementary perspectives.',
    resultsImpact:
      'The initiative is new in the reporting period and the report does not yet give results. It is presented as part of UN-Habitat’s effort to promote inclusive city policies through regional and interregional exchanges.',
    sustainability:
      'Integrating settlement planning with mining sector policy can help communities remain viable beyond the life of individual mines. Institutional links between the two countries can support continued dialogue.',
    replicability:
      'Many resource-rich developing countries face similar challenges in mining regions, which makes this type of exchange widely relevant. The initiative can serve as a reference for exchanges between other pairs of countries whose mining regions face rapid, unplanned settlement growth.',
    lessonsLearned:
      'Settlement planning should be considered together with extractive sector development rather than after it. Exchanges between countries with comparable sectors allow practical questions to be discussed among peers who understand the context.',
    sdgs: [11, 12],
    sdgTargets: ['11.3', '11.a', '12.2'],
    countries: [provider('ZA'), recipient('CD')],
    modality: 'south-south',
    themes: ['urban', 'industry', 'environment'],
    organizations: [implementing(UN_HABITAT)],
    projectStatus: 'ongoing',
    startYear: 2024,
    contacts: [],
    links: [],
    source: SOURCE,
  },
  {
    externalId: 'ssc-22-2-solomon-marshall-islands-anti-money-laundering',
    language: 'en',
    title: 'Solomon Islands–Marshall Islands partnership against money laundering',
    subtitle: 'UNDP-brokered cooperation between two Pacific island States with United Kingdom support',
    summary:
      'With support from the United Kingdom, UNDP brokered a partnership between Solomon Islands and the Marshall Islands to strengthen anti-money-laundering capacity. The partnership aims to reduce corruption and promote effective governance.',
    challenge:
      'Small island States have limited staff and resources to detect and prosecute money laundering, yet their financial systems can be exposed to illicit flows. Weak anti-money-laundering capacity can feed corruption and undermine trust in institutions and access to international finance.',
    towardsSolution:
      'UNDP connected two Pacific island States facing similar constraints so that they can strengthen their anti-money-laundering capacities together. The United Kingdom supports the partnership, making it a triangular arrangement. Peer cooperation between countries of similar size allows solutions suited to small administrations.',
    resultsImpact:
      'The report cites the partnership among UNDP’s South-South initiatives of 2023–2024, with the aims of stronger anti-money-laundering capacity, less corruption and more effective governance. No figures are given.',
    sustainability:
      'Peer relationships between institutions in the two countries can continue beyond the project, providing mutual support on a technical and often sensitive topic. Stronger institutions for financial integrity also contribute to broader governance reforms that each country can continue on its own.',
    replicability:
      'The peer partnership model suits other small island developing States with similar capacity constraints in financial integrity. UNDP’s presence across the Pacific makes it well placed to broker similar partnerships among other island States.',
    lessonsLearned:
      'Small States benefit from partnering with peers of similar scale, whose solutions fit their administrations. A developed-country partner can support such cooperation without taking the lead.',
    buildingBlocks: [
      {
        title: 'Peer partnership between small island administrations',
        description:
          'Two Pacific island States strengthen anti-money-laundering capacity together, with UNDP brokering the partnership and the United Kingdom supporting it.',
      },
    ],
    sdgs: [16, 17],
    sdgTargets: ['16.4', '16.5', '16.6', '17.9'],
    countries: [recipient('SB'), recipient('MH'), triangularPartner('GB')],
    modality: 'triangular',
    themes: ['governance', 'finance'],
    organizations: [implementing(UNDP)],
    projectStatus: 'ongoing',
    startYear: 2023,
    contacts: [],
    links: [],
    source: SOURCE,
  },
  {
    externalId: 'ssc-22-2-france-kenya-madagascar-esg-market-access',
    language: 'en',
    title: 'Kenya shares its ESG experience to help Malagasy firms reach European markets',
    subtitle: 'ILO-facilitated triangular cooperation between France, Kenya and Madagascar',
    summary:
      'The ILO facilitated triangular cooperation between France, Kenya and Madagascar that supports the agricultural sector in Kenya and Madagascar and strengthens the capacity of cooperatives and small and medium-sized enterprises to enter the French market. Through peer exchange on Kenya’s model for meeting environmental, social and governance (ESG) standards, Malagasy companies are gaining the skills to meet European regulatory requirements.',
    challenge:
      'European markets increasingly require exporters to demonstrate compliance with environmental, social and governance standards. For agricultural cooperatives and small firms in Madagascar, these requirements can be a barrier to entry. Kenya has built experience in meeting such standards that its peers can learn from.',
    towardsSolution:
      'The ILO’s Department of Multilateral Partnerships and Development Cooperation and the International Training Centre of the ILO organised peer exchanges of national experience. Kenya’s model for meeting ESG standards is shared with Malagasy companies, while France, as the target market and triangular partner, helps connect cooperatives and SMEs to market requirements.',
    resultsImpact:
      'Malagasy companies are acquiring the skills needed to adapt to the regulatory requirements for entering European markets. The cooperation also promotes value chains rich in employment opportunities and responsible business practices. The report lists it among 14 South-South and triangular projects involving more than 80 countries that the ILO supported.',
    sustainability:
      'Skills in meeting market standards stay with the companies and cooperatives and become part of how they operate. Responsible business practices also strengthen their position with other buyers.',
    replicability:
      'The approach can be extended to other exporting countries and value chains where a Southern peer has already adapted to demanding market standards. The ILO’s network of South-South and triangular projects offers a channel to connect other exporters with peers that have gone through the same process.',
    lessonsLearned:
      'A Southern peer that has recently met the same standards is often the most credible source of practical advice. Linking decent work with market access makes compliance worthwhile.',
    buildingBlocks: [
      {
        title: 'Peer exchange on meeting ESG standards',
        description:
          'Kenyan experience in complying with environmental, social and governance standards is shared with Malagasy cooperatives and firms preparing to export to France and the wider European market.',
        enablingFactors: 'ILO and ITCILO facilitation; a triangular partner representing the target market.',
      },
    ],
    sdgs: [8, 12, 17],
    sdgTargets: ['8.3', '8.5', '12.6', '17.11'],
    countries: [provider('KE'), recipient('MG'), triangularPartner('FR')],
    modality: 'triangular',
    themes: ['agriculture', 'trade', 'employment'],
    organizations: [implementing(ILO), supporting(ITCILO)],
    projectStatus: 'ongoing',
    startYear: 2024,
    contacts: [],
    links: [],
    source: SOURCE,
  },
  {
    externalId: 'ssc-22-2-uruguay-egypt-social-insurance-informal-workers',
    language: 'en',
    title: 'Extending social insurance to informal workers: Uruguay’s experience shared with Arab States',
    subtitle: 'ESCWA interregional cooperation that encouraged Egypt to design a similar scheme',
    summary:
      'In 2023 ESCWA promoted interregional cooperation by connecting Uruguay with Arab States to share innovative approaches to extending social insurance coverage to informal workers. The exchange encouraged Egypt to develop a similar scheme.',
    challenge:
      'A large share of workers in the Arab region are employed informally, without pensions, health insurance or protection against income loss. Traditional social insurance, built around formal employment contracts, does not reach them. Countries need practical models that have worked elsewhere.',
    towardsSolution:
      'ESCWA brought Uruguay, which has developed innovative approaches to covering informal workers, into dialogue with Arab States. Uruguay’s practitioners shared how their approaches were designed and implemented, and Arab policymakers considered how similar ideas could fit their contexts.',
    resultsImpact:
      'The exchange encouraged Egypt to develop a similar scheme to extend social insurance to informal workers. It is an example of ESCWA fostering cooperation between regions as well as within the Arab region.',
    sustainability:
      'Once adopted in national policy, social insurance schemes are run by national institutions and financed through contributions and public budgets, making them lasting by design. Exchanges of this kind can also create lasting contacts between social security institutions in the two regions.',
    replicability:
      'Other Arab States and developing countries with large informal sectors can draw on the same Uruguayan experience, with regional commissions acting as bridges between regions. The approach of bringing a proven model from another region into a regional policy dialogue can be applied to other social policy questions.',
    lessonsLearned:
      'Interregional exchanges can surface models that are not available within a region. A regional commission is well placed to translate experience from another region into policy options.',
    buildingBlocks: [
      {
        title: 'Interregional policy exchange brokered by a regional commission',
        description:
          'ESCWA connects Uruguayan practitioners with Arab policymakers to share approaches to covering informal workers, leading Egypt to consider a comparable scheme.',
      },
    ],
    sdgs: [1, 8, 10],
    sdgTargets: ['1.3', '8.3', '10.4'],
    countries: [provider('UY'), recipient('EG')],
    modality: 'south-south',
    themes: ['social_protection', 'employment'],
    organizations: [implementing(ESCWA)],
    projectStatus: 'completed',
    startYear: 2023,
    endYear: 2023,
    contacts: [],
    links: [],
    source: SOURCE,
  },
  {
    externalId: 'ssc-22-2-nicaragua-inclusive-education-disability',
    language: 'es',
    title: 'Escuelas más inclusivas para niñas y niños con discapacidad en Nicaragua',
    subtitle: 'Una iniciativa liderada por UNICEF con apoyo de un fondo fiduciario gestionado por la UNOSSC',
    summary:
      'En Nicaragua, UNICEF lideró una iniciativa, apoyada por un fondo fiduciario gestionado por la Oficina de las Naciones Unidas para la Cooperación Sur-Sur, que mejoró la capacidad del sistema educativo para acoger a niñas y niños con discapacidad. El informe del Secretario General la cita como ejemplo de la influencia de estos proyectos en las políticas e instituciones nacionales.',
    challenge:
      'Las niñas y los niños con discapacidad tienen más probabilidades de quedar fuera de la escuela o de no recibir el apoyo que necesitan para aprender. Muchas escuelas carecen de docentes preparados, materiales adaptados e infraestructuras accesibles. Hacer inclusivo un sistema educativo requiere cambios en las políticas, en las instituciones y en el aula.',
    towardsSolution:
      'La iniciativa, liderada por UNICEF, se centró en fortalecer la capacidad del propio sistema educativo para recibir a estudiantes con discapacidad, en lugar de crear programas aislados. El apoyo de un fondo fiduciario gestionado por la Oficina de las Naciones Unidas para la Cooperación Sur-Sur aportó los recursos para este trabajo, en el marco de la solidaridad entre países del Sur.',
    resultsImpact:
      'El informe señala que la iniciativa mejoró la capacidad del sistema educativo de Nicaragua para acoger a niñas y niños con discapacidad, y la presenta como ejemplo de impacto en políticas e instituciones nacionales. No se dan cifras.',
    sustainability:
      'Como el trabajo se dirigió a las instituciones del sistema educativo, los avances quedan integrados en su funcionamiento ordinario. La formación del personal educativo es un logro duradero.',
    replicability:
      'Otros países que buscan hacer más inclusivos sus sistemas educativos pueden adaptar este enfoque, con el apoyo de UNICEF y de mecanismos de financiamiento Sur-Sur. La experiencia muestra que los fondos fiduciarios gestionados por la UNOSSC pueden apoyar reformas institucionales, y no solo proyectos puntuales.',
    lessonsLearned:
      'La inclusión duradera se logra cambiando el sistema y no solo con proyectos piloto. Los fondos Sur-Sur pueden tener efecto en las políticas públicas cuando se alinean con las prioridades nacionales.',
    buildingBlocks: [
      {
        title: 'Fortalecer el sistema educativo en su conjunto',
        description:
          'El apoyo se dirige a las instituciones educativas nacionales para que puedan acoger a estudiantes con discapacidad de forma habitual, no mediante programas paralelos.',
      },
    ],
    sdgs: [4, 10],
    sdgTargets: ['4.5', '4.a', '10.2'],
    countries: [recipient('NI')],
    modality: 'south-south',
    themes: ['education', 'social_protection'],
    organizations: [implementing(UNICEF), supporting(UNOSSC)],
    projectStatus: 'ongoing',
    startYear: 2023,
    contacts: [],
    links: [],
    source: SOURCE,
  },

  // ───────────────────────────── Statistics, digital transformation, science and innovation ─────────────────────────────
  {
    externalId: 'ssc-22-2-egypt-djibouti-digital-census',
    language: 'en',
    title: 'Egypt’s 1,400 tablets for Djibouti’s digital census',
    subtitle: 'An ESCWA-facilitated technical exchange on digital population and housing censuses',
    summary:
      'ESCWA facilitated a technical exchange between Djibouti and Egypt on digital population and housing censuses. As part of this cooperation Egypt donated 1,400 tablets to support the census Djibouti carried out in 2024.',
    challenge:
      'A population and housing census is the backbone of national statistics, but paper-based enumeration is slow, error-prone and costly to process. Moving to digital data collection improves speed and quality, yet requires devices, software and experience that a small statistical system may not have. Djibouti needed both equipment and know-how to run a digital census in 2024.',
    towardsSolution:
      'ESCWA connected Djibouti with Egypt, which has experience in conducting digital censuses. The two countries exchanged technical knowledge on the digital census process, and Egypt contributed 1,400 tablets for enumerators to collect data electronically.',
    resultsImpact:
      'Djibouti’s 2024 census was supported with 1,400 tablets donated by Egypt, together with technical exchange on digital census methods. The case illustrates ESCWA’s work to promote peer learning and knowledge exchange at national, subregional and regional levels.',
    sustainability:
      'Experience gained in a digital census strengthens the national statistical system for future surveys and censuses. The tablets can be reused for other data collection operations.',
    replicability:
      'The pairing of equipment donation with technical exchange is easy to reproduce between statistical offices ahead of census rounds, in the Arab region and elsewhere. Countries that have recently completed a digital census can offer not only equipment but also the practical lessons of their own experience.',
    lessonsLearned:
      'Equipment is most useful when it comes with practical know-how from a peer that has used it for the same purpose. Regional commissions are well placed to match countries before major statistical operations.',
    buildingBlocks: [
      {
        title: 'In-kind equipment together with peer technical exchange',
        description:
          'Egypt donates 1,400 tablets for census enumeration and shares its experience of digital censuses with Djibouti, with ESCWA facilitating the exchange.',
        enablingFactors:
          'A provider country with recent digital census experience; a clear deadline set by the 2024 census.',
      },
    ],
    sdgs: [17],
    sdgTargets: ['17.18', '17.19'],
    countries: [provider('EG'), recipient('DJ')],
    modality: 'south-south',
    themes: ['statistics', 'digital'],
    organizations: [implementing(ESCWA)],
    projectStatus: 'completed',
    startYear: 2024,
    endYear: 2024,
    beneficiaries: 'Djibouti’s 2024 population and housing census, equipped with 1,400 tablets',
    contacts: [],
    links: [],
    source: SOURCE,
  },
  {
    externalId: 'ssc-22-2-somalia-egypt-census-study-visit',
    language: 'ar',
    title: 'زيارة دراسية لإحصائيي الصومال إلى مصر حول أدوات التعداد الرقمي',
    subtitle: 'تبادل للمعرفة بتيسير من الإسكوا مع الجهاز المركزي للتعبئة العامة والإحصاء',
    summary:
      'يسّرت لجنة الأمم المتحدة الاقتصادية والاجتماعية لغربي آسيا (الإسكوا) زيارة دراسية قام بها موظفون من المكتب الوطني للإحصاء في الصومال إلى الجهاز المركزي للتعبئة العامة والإحصاء في مصر، لاستكشاف أدوات التعداد الرقمي وأساليبه. وتندرج الزيارة ضمن جهود الإسكوا لتعزيز تبادل المعارف والخبرات من خلال التعاون فيما بين بلدان الجنوب.',
    challenge:
      'التعداد السكاني مصدر أساسي للبيانات اللازمة للتخطيط ووضع السياسات، غير أن تنظيمه مكلف ومعقد، لا سيما في البلدان التي تعيد بناء نظمها الإحصائية. وتتيح الأدوات الرقمية تحسين جودة البيانات وتسريع معالجتها، لكنها تتطلب خبرة في التصميم والتشغيل. لذلك تحتاج الأجهزة الإحصائية إلى التعلم من نظراء اعتمدوا هذه الأدوات فعلًا.',
    towardsSolution:
      'نظّمت الإسكوا زيارة لفريق من المكتب الوطني للإحصاء في الصومال إلى الجهاز المركزي للتعبئة العامة والإحصاء في مصر، الذي يملك خبرة في التعداد الرقمي. وركّزت الزيارة على أدوات التعداد الرقمي ومنهجياته، ما أتاح للفريق الصومالي الاطلاع على الممارسات عن قرب ومناقشة سبل تكييفها مع السياق الصومالي.',
    resultsImpact:
      'يذكر تقرير الأمين العام هذه الزيارة بوصفها إحدى زيارتين دراسيتين يسّرتهما الإسكوا للتعرّف على أدوات التعداد الرقمي وأساليبه. ولا يتضمن التقرير أرقامًا عن نتائجها، لكنها أسهمت في نقل المعرفة بين جهازين إحصائيين في المنطقة.',
    sustainability:
      'تبقى المعارف التي اكتسبها الموظفون داخل المؤسسة الإحصائية الصومالية ويمكن نقلها إلى زملائهم. كما يمكن للعلاقات المهنية التي نشأت بين الجهازين أن تدعم تعاونًا لاحقًا.',
    replicability:
      'يمكن تكرار صيغة الزيارات الدراسية بين الأجهزة الإحصائية في المنطقة العربية وخارجها، ولا سيما قبيل جولات التعداد. كما يمكن للأجهزة الإحصائية التي اكتسبت خبرة في التعداد الرقمي أن تؤدي دور المضيف لنظرائها في بلدان أخرى.',
    lessonsLearned:
      'التعلم من نظير إقليمي يعمل في ظروف مشابهة يجعل الخبرة أقرب إلى التطبيق. وتؤدي اللجان الإقليمية دورًا مهمًا في الربط بين المؤسسات الوطنية.',
    buildingBlocks: [
      {
        title: 'زيارة دراسية بين جهازين إحصائيين',
        description:
          'يزور فريق من جهاز إحصائي وطني نظيره في بلد آخر للاطلاع على أدوات التعداد الرقمي وأساليبه في أثناء استخدامها، بتيسير من لجنة إقليمية تابعة للأمم المتحدة.',
        lessons: 'تكون الزيارة أكثر فائدة عندما تُربط بخطط التعداد الوطنية للبلد الزائر.',
      },
    ],
    sdgs: [17],
    sdgTargets: ['17.18', '17.19'],
    countries: [provider('EG'), recipient('SO')],
    modality: 'south-south',
    themes: ['statistics', 'digital'],
    organizations: [implementing(ESCWA), implementing(CAPMAS), implementing(SOMALIA_NBS)],
    projectStatus: 'completed',
    startYear: 2024,
    endYear: 2024,
    contacts: [],
    links: [],
    source: SOURCE,
  },
  {
    externalId: 'ssc-22-2-egypt-saudi-arabia-integrated-census',
    language: 'en',
    title: 'Egyptian census experts learn integrated census methods in Saudi Arabia',
    subtitle: 'An ESCWA-facilitated study visit on digital and integrated census approaches',
    summary:
      'ESCWA organised a study visit in which a team of Egyptian government statisticians, demographers and technical and programming experts met their technical counterparts in Saudi Arabia. The visit focused on integrated census methodologies and on tools and methods for digital censuses.',
    challenge:
      'Integrated censuses, which combine field enumeration with administrative registers and other data sources, can reduce costs and provide more frequent statistics. Designing them requires advanced skills in data integration, demography and information technology. Even countries with strong statistical systems benefit from seeing how peers have solved these problems.',
    towardsSolution:
      'ESCWA arranged for a multidisciplinary Egyptian team to visit Saudi counterparts and discuss integrated census methods. Bringing statisticians, demographers and programmers together allowed the team to look at both the methodological and the technical side of the approach.',
    resultsImpact:
      'The report cites this as one of two study visits ESCWA facilitated to explore digital census tools and methods, the other bringing Somali statisticians to Egypt. Egypt thus appears both as a provider and as a learner in regional statistical cooperation. No figures are given on results.',
    sustainability:
      'Knowledge gained by a mixed team of experts can be applied directly in national census planning. Direct contact between technical counterparts supports continued exchange.',
    replicability:
      'Multidisciplinary study visits can be organised between any statistical offices preparing to move toward integrated or register-based censuses. Regional commissions such as ESCWA can organise such visits as part of their regular support to national statistical systems.',
    lessonsLearned:
      'Countries can be providers and learners at the same time: Egypt shared its digital census experience with Djibouti and Somalia while learning from Saudi Arabia. Sending mixed teams ensures that both methodology and technology are covered.',
    sdgs: [17],
    sdgTargets: ['17.18', '17.19'],
    countries: [provider('SA'), recipient('EG')],
    modality: 'south-south',
    themes: ['statistics', 'digital'],
    organizations: [implementing(ESCWA)],
    projectStatus: 'completed',
    startYear: 2024,
    endYear: 2024,
    contacts: [],
    links: [],
    source: SOURCE,
  },
  {
    externalId: 'ssc-22-2-escwa-arab-digital-policies',
    language: 'ar',
    title: 'دعم الإسكوا لوضع سياسات رقمية وطنية في الدول العربية',
    subtitle: 'استراتيجيات لأمن المعلومات والذكاء الاصطناعي والحوسبة السحابية وسلسلة الكتل',
    summary:
      'ساعدت الإسكوا الدول الأعضاء على إعداد أكثر من 15 وثيقة سياسات وطنية في مجالات ذات أولوية حددتها وثيقة بوينس آيرس الختامية لمؤتمر الأمم المتحدة الرفيع المستوى الثاني المعني بالتعاون فيما بين بلدان الجنوب. ومن الأمثلة على ذلك استراتيجيات أمن تكنولوجيا المعلومات والاتصالات في جيبوتي والجمهورية العربية السورية واليمن ودولة فلسطين، واستراتيجيات الذكاء الاصطناعي في العراق وموريتانيا.',
    challenge:
      'تتسارع التحولات الرقمية في المنطقة العربية، لكن كثيرًا من البلدان تفتقر إلى أطر سياسات واضحة في مجالات مثل أمن المعلومات والذكاء الاصطناعي والحوسبة السحابية. ومن دون هذه الأطر يصعب حماية البنى التحتية الرقمية وجذب الاستثمار وضمان استفادة الجميع من التكنولوجيا. وتحتاج البلدان المتأثرة بالنزاعات أو ذات الموارد المحدودة بوجه خاص إلى دعم تقني لصياغة سياساتها.',
    towardsSolution:
      'قدّمت الإسكوا دعمًا تقنيًا للدول الأعضاء في صياغة وثائق السياسات الوطنية، مستفيدة من تبادل الخبرات بين بلدان المنطقة ومن التعاون فيما بين بلدان الجنوب والتعاون الثلاثي. وشمل ذلك استراتيجيات أمن تكنولوجيا المعلومات والاتصالات، واستراتيجيات الذكاء الاصطناعي، وسياسات الحوسبة السحابية في العراق والجمهورية العربية السورية، وسياسة سلسلة الكتل والشمول الرقمي في الأردن.',
    resultsImpact:
      'أُعدّت بدعم من الإسكوا أكثر من 15 وثيقة سياسات وطنية في مجالات الاهتمام الرئيسية لوثيقة بوينس آيرس الختامية، ومنها الوثائق الرقمية المذكورة. ويقدّم تقرير الأمين العام هذه التغييرات في السياسات بوصفها نتيجة ملموسة للتعاون فيما بين بلدان الجنوب والتعاون الثلاثي.',
    sustainability:
      'تصبح الاستراتيجيات والسياسات، بعد اعتمادها، جزءًا من الأطر الوطنية وتوجّه عمل المؤسسات الحكومية لسنوات. كما أن مشاركة الخبراء الوطنيين في صياغتها تعزز القدرات المحلية.',
    replicability:
      'يمكن للدول العربية الأخرى الاستفادة من هذه الوثائق نماذجَ تُكيَّف مع ظروفها الخاصة، ويمكن للجان الإقليمية الأخرى اتباع النهج نفسه في مناطقها. وتتيح شبكة الإسكوا من الخبراء والنظراء في المنطقة توسيع هذا الدعم ليشمل مجالات رقمية جديدة.',
    lessonsLearned:
      'يتيح الإطار الإقليمي تبادل التجارب بين بلدان تواجه تحديات رقمية متشابهة. ويساعد الدعم التقني المتواصل على تحويل الأولويات العامة إلى سياسات وطنية قابلة للتنفيذ.',
    buildingBlocks: [
      {
        title: 'دعم تقني إقليمي لصياغة السياسات الرقمية',
        description:
          'تساعد الإسكوا الحكومات على إعداد استراتيجيات وسياسات وطنية في مجالات أمن المعلومات والذكاء الاصطناعي والحوسبة السحابية وسلسلة الكتل والشمول الرقمي، مع الاستفادة من تجارب بلدان المنطقة.',
        enablingFactors:
          'طلب الحكومات للدعم؛ وجود خبرات إقليمية يمكن تبادلها؛ الإطار المرجعي لوثيقة بوينس آيرس الختامية.',
      },
    ],
    sdgs: [9, 16, 17],
    sdgTargets: ['9.c', '16.6', '17.8'],
    countries: [
      recipient('DJ'),
      recipient('SY'),
      recipient('YE'),
      recipient('PS'),
      recipient('IQ'),
      recipient('MR'),
      recipient('JO'),
    ],
    modality: 'south-south',
    themes: ['digital', 'governance'],
    organizations: [implementing(ESCWA)],
    projectStatus: 'ongoing',
    startYear: 2023,
    beneficiaries: 'أكثر من 15 وثيقة سياسات وطنية أُعدّت بدعم من الإسكوا',
    contacts: [],
    links: [],
    source: SOURCE,
  },
  {
    externalId: 'ssc-22-2-unctad-ssc-measurement-framework-pilots',
    language: 'en',
    title: 'Piloting a framework to measure South-South cooperation in seven countries',
    subtitle: 'UNCTAD’s handbook on technical and procedural issues for pilot testing',
    summary:
      'In November 2024 UNCTAD published a handbook on the technical and procedural issues of pilot testing the framework for measuring South-South cooperation. The framework is being piloted in Ecuador, Jordan, Malaysia, Namibia, Nigeria, Peru and Qatar, which will report on its feasibility and challenges and ultimately strengthen national reporting on SDG indicator 17.3.1.',
    challenge:
      'South-South cooperation is growing, but countries lack a common, voluntary way to measure and report what they contribute. Without such data, its role in the 2030 Agenda is hard to demonstrate and indicator 17.3.1 is incompletely reported. Approaches developed elsewhere, centred on concessional finance, do not capture the many non-financial forms that South-South cooperation takes.',
    towardsSolution:
      'After years of discussion, UNCTAD led work on an agreed voluntary framework developed by countries of the global South. The November 2024 handbook is part of a toolkit to help Member States measure and report South-South cooperation. Seven pilot countries from different regions apply the framework and give feedback on whether and how it can be used in practice.',
    resultsImpact:
      'The handbook is described as a major milestone for the voluntary testing of the framework. In 2024 the Regional Conference on South-South Cooperation in Latin America and the Caribbean decided to endorse the UNCTAD-led framework and to build countries’ capacities through training workshops, showing regional uptake beyond the pilot countries.',
    sustainability:
      'A framework designed by and for countries of the South, tested in diverse settings, is more likely to be adopted in national statistical systems. Building national statistical capacity to collect and report these data is essential for its long-term use.',
    replicability:
      'Once refined through the pilots, the framework can be used by any country wishing to report its South-South cooperation, with UN support led by UNCTAD. Regional bodies can help spread it, as the Latin American and Caribbean Regional Conference on South-South Cooperation has done by endorsing it and planning training workshops.',
    lessonsLearned:
      'Measurement frameworks gain legitimacy when designed through a voluntary, Southern-led process. Piloting in a diverse set of countries helps surface practical challenges before wider roll-out.',
    buildingBlocks: [
      {
        title: 'Voluntary pilot testing with a handbook',
        description:
          'A handbook sets out the technical and procedural steps for pilot countries to test the measurement framework and report back on its feasibility and challenges.',
        enablingFactors:
          'Pilot countries in several regions; UNCTAD leadership; endorsement by regional bodies such as the ECLAC-supported Regional Conference.',
      },
    ],
    sdgs: [17],
    sdgTargets: ['17.3', '17.18', '17.19'],
    countries: [
      recipient('EC'),
      recipient('JO'),
      recipient('MY'),
      recipient('NA'),
      recipient('NG'),
      recipient('PE'),
      recipient('QA'),
    ],
    modality: 'south-south',
    themes: ['statistics', 'finance', 'governance'],
    organizations: [implementing(UNCTAD), supporting(ECLAC)],
    projectStatus: 'ongoing',
    startYear: 2024,
    beneficiaries: 'Seven pilot countries',
    contacts: [],
    links: [],
    source: SOURCE,
  },
  {
    externalId: 'ssc-22-2-ecowas-regional-e-commerce-strategy',
    language: 'en',
    title: 'A regional e-commerce strategy for West Africa',
    subtitle: 'UNCTAD support to the ECOWAS Commission and Member States, aligned with ECOWAS Vision 2050',
    summary:
      'UNCTAD worked closely with the Commission of the Economic Community of West African States (ECOWAS) and its Member States to develop a regional e-commerce strategy. Aligned with ECOWAS Vision 2050, the strategy supports the region’s efforts to use technology to accelerate structural transformation, development and regional integration.',
    challenge:
      'E-commerce can open new markets to West African businesses, but its growth is held back by gaps in digital infrastructure, payments, logistics, legal frameworks and skills. Fragmented national rules make cross-border online trade harder. A regional approach is needed to tackle these obstacles consistently.',
    towardsSolution:
      'UNCTAD provided technical support to the ECOWAS Commission and Member States to formulate a regional e-commerce strategy. Aligning it with ECOWAS Vision 2050 places digital trade within the region’s long-term development and integration agenda.',
    resultsImpact:
      'The report describes the strategy as helping the region make full use of technology to accelerate structural change and development and to promote regional integration. No figures are given.',
    sustainability:
      'A strategy owned by the regional commission and its Member States is anchored in the institutions that will implement it. Alignment with Vision 2050 keeps it relevant over the long term.',
    replicability:
      'Other regional economic communities can follow the same process to develop regional e-commerce strategies with UNCTAD support. The experience can also inform national e-commerce strategies in ECOWAS Member States, so that national and regional policies reinforce each other.',
    lessonsLearned:
      'Regional strategies help small and medium economies reach the scale needed for digital trade. Anchoring digital policy in a long-term regional vision gives it political weight.',
    sdgs: [8, 9, 17],
    sdgTargets: ['8.2', '9.c', '17.11'],
    countries: ECOWAS_MEMBERS.map(recipient),
    modality: 'south-south',
    themes: ['trade', 'digital'],
    organizations: [implementing(UNCTAD), implementing(ECOWAS_COMMISSION)],
    projectStatus: 'ongoing',
    startYear: 2023,
    contacts: [],
    links: [],
    source: SOURCE,
  },
  {
    externalId: 'ssc-22-2-itu-africa-digital-connectivity-models',
    language: 'en',
    title: 'Sustainable digital connectivity models: peer learning among South Africa, Nigeria and Kenya',
    subtitle: 'ITU cooperation supported by the United Kingdom’s Foreign, Commonwealth and Development Office',
    summary:
      'ITU, in cooperation with the United Kingdom’s Foreign, Commonwealth and Development Office, supports representatives of national institutions in South Africa, Nigeria and Kenya to share knowledge and build capacity. The aim is to develop sustainable models for digital connectivity and access.',
    challenge:
      'Large parts of the population in Africa remain unconnected or under-connected, particularly in rural and low-income areas. Extending connectivity requires business and regulatory models that remain viable over time, not only infrastructure investment. Countries face similar questions but often address them in isolation.',
    towardsSolution:
      'ITU brings together national institutions from three of Africa’s largest digital markets to exchange experience and strengthen capacity on sustainable connectivity and access models. The United Kingdom’s support makes it a triangular arrangement.',
    resultsImpact:
      'The report cites this as an example of ITU supporting knowledge sharing and capacity-building to develop sustainable digital connectivity and access models. No quantified results are given.',
    sustainability:
      'Capacities built in national institutions, such as regulators and ministries, remain after the exchange and shape future connectivity policies. Relationships among the participating institutions can support continued exchange as technologies and markets evolve.',
    replicability:
      'The peer-learning model can be extended to other African countries and to other regions facing connectivity gaps. ITU’s membership of governments and regulators offers a ready channel to involve more countries.',
    lessonsLearned:
      'Countries at comparable stages of digital development learn well from each other’s regulatory and business experiments. A developed-country partner can support South-South exchange while leaving leadership to the participating countries.',
    buildingBlocks: [
      {
        title: 'Institution-to-institution peer learning on connectivity',
        description:
          'Representatives of national institutions from South Africa, Nigeria and Kenya share experience on sustainable connectivity and access models, with ITU facilitation and support from the United Kingdom.',
      },
    ],
    sdgs: [9, 17],
    sdgTargets: ['9.c', '17.6', '17.8'],
    countries: [recipient('ZA'), recipient('NG'), recipient('KE'), triangularPartner('GB')],
    modality: 'triangular',
    themes: ['digital', 'infrastructure'],
    organizations: [implementing(ITU), supporting(FCDO)],
    projectStatus: 'ongoing',
    startYear: 2023,
    contacts: [],
    links: [],
    source: SOURCE,
  },
  {
    externalId: 'ssc-22-2-uganda-e-waste-policy',
    language: 'zh',
    title: '乌干达修订国家电子废物管理政策，纳入生产者延伸责任',
    subtitle: '在中国全球发展和南南合作基金支持下开展的政策改革',
    summary:
      '在中国全球发展和南南合作基金的资金支持下，乌干达信息和通信技术部正在牵头修订国家电子废物管理政策，将生产者延伸责任原则纳入其中。联合国秘书长的报告在介绍国际电信联盟的相关工作时提到了这一举措。',
    challenge:
      '随着手机、电脑等电子产品日益普及，乌干达产生的电子废物不断增加。电子废物含有有害物质，处置不当会危害环境和人体健康，其中可回收的有价值材料也被白白浪费。现行政策需要更新，以明确生产者、进口商、消费者和政府在电子产品整个生命周期中的责任。',
    towardsSolution:
      '乌干达信息和通信技术部牵头修订国家电子废物管理政策，核心是引入生产者延伸责任原则，即由生产者和进口商对其产品废弃后的回收和处理承担责任。中国全球发展和南南合作基金为这项工作提供资金支持，体现了南南合作在数字领域环境治理中的作用。',
    resultsImpact:
      '在报告所述期间，政策修订工作正在进行中。报告没有给出具体数字；修订完成后，新政策将为乌干达的电子废物管理提供更清晰的制度框架。',
    sustainability:
      '生产者延伸责任机制可以为电子废物的回收和处理建立稳定的资金来源，减少对公共预算的依赖。将这一原则写入国家政策，有助于保证其长期实施。',
    replicability:
      '许多发展中国家都面临类似的电子废物问题，乌干达的政策修订经验可供其他国家，特别是非洲国家借鉴。中国全球发展和南南合作基金也可以为其他国家的类似政策改革提供支持。',
    lessonsLearned:
      '推进数字化转型时，需要同时考虑电子产品的整个生命周期。由国家主管部门牵头、借助南南合作资金，有助于推动政策改革落地。',
    buildingBlocks: [
      {
        title: '将生产者延伸责任原则纳入国家政策',
        description:
          '在国家电子废物管理政策中明确生产者和进口商对废弃电子产品的回收和处理责任，为电子废物管理建立长期机制。',
        enablingFactors: '主管部门的牵头作用；中国全球发展和南南合作基金的资金支持。',
      },
    ],
    sdgs: [11, 12],
    sdgTargets: ['11.6', '12.4', '12.5'],
    countries: [provider('CN'), recipient('UG')],
    modality: 'south-south',
    themes: ['environment', 'digital', 'governance'],
    organizations: [implementing(MOICT_UGANDA), supporting(GOVERNMENT_OF_CHINA), supporting(ITU)],
    projectStatus: 'ongoing',
    startYear: 2024,
    contacts: [],
    links: [],
    source: SOURCE,
  },
  {
    externalId: 'ssc-22-2-istic-malaysia-sti-policy-training',
    language: 'en',
    title: 'Training high-level policymakers in science, technology and innovation policy',
    subtitle: 'The Malaysia-hosted International Science, Technology and Innovation Centre for South-South Cooperation',
    summary:
      'Established in 2008 under the auspices of UNESCO and hosted by the Government of Malaysia, the International Science, Technology and Innovation Centre for South-South Cooperation continues to promote knowledge sharing in science, technology and innovation. In 2024 it delivered an updated training programme for high-level policymakers, “Empowering Tomorrow: Harnessing Technological Advantages to Advance Science and Technology Policy”.',
    challenge:
      'Gaps in science, technology and innovation deepen inequalities between and within countries. Many developing countries lack the policy frameworks and skilled policymakers needed to turn technology into development gains. Senior decision-makers rarely have the chance to compare approaches with peers from other regions.',
    towardsSolution:
      'The Centre offers training tailored to high-level decision-makers, updated in 2024 to address how technological advantages can be used to advance science and technology policy. The programme brings policymakers from Africa, Asia and the Middle East together so that they learn from each other as well as from the course content.',
    resultsImpact:
      'The 2024 programme promoted exchanges of experience among policymakers from Africa, Asia and the Middle East. The report presents the Centre as a continuing contributor to knowledge sharing in science, technology and innovation since 2008; no participant numbers are given.',
    sustainability:
      'As a centre with a permanent host Government and UNESCO affiliation, it has been able to run and update its programmes for well over a decade. Updating the curriculum keeps it relevant to new technologies.',
    replicability:
      'Developing countries with strong science and technology institutions can host similar centres, and the training format can be adapted to other policy fields. Regular updating of training content, as the Centre did in 2024, is a practice other capacity-building centres can adopt.',
    lessonsLearned:
      'Stable institutional hosting is key to long-running South-South capacity-building. Mixing policymakers from several regions enriches the exchange.',
    buildingBlocks: [
      {
        title: 'A host-country centre under UNESCO auspices',
        description:
          'Malaysia hosts a centre for South-South cooperation in science, technology and innovation that runs training programmes for policymakers from across the global South.',
        enablingFactors: 'Long-term commitment of the host Government; UNESCO affiliation.',
      },
    ],
    sdgs: [9, 17],
    sdgTargets: ['9.5', '17.6', '17.9'],
    countries: [provider('MY')],
    modality: 'south-south',
    themes: ['education', 'governance', 'digital'],
    organizations: [implementing(ISTIC), supporting(UNESCO)],
    projectStatus: 'ongoing',
    startYear: 2008,
    contacts: [],
    links: [],
    source: SOURCE,
  },
  {
    externalId: 'ssc-22-2-green-higher-education-youth',
    language: 'en',
    title: 'Green Higher Education: youth leadership in science, technology and innovation for the SDGs',
    subtitle: 'A UNESCO–UNOSSC initiative with the Government of China, launched at COP28',
    summary:
      'UNESCO and UNOSSC launched a youth-led initiative, “Green Higher Education”, to help countries close gaps in science, technology and innovation through real youth engagement and leadership within the South-South University Cooperation Network. Launched in December 2023 at COP28 in Dubai, it is delivered in partnership with the Government of China and managed by UNOSSC.',
    challenge:
      'Developing countries face a widening gap in science, technology and innovation, which limits their ability to respond to climate change and achieve the SDGs. Young people are often treated as beneficiaries rather than leaders in this field. Universities in the South have few structured opportunities to work together on these issues.',
    towardsSolution:
      'The project promotes structured dialogue among member universities of the South-South University Cooperation Network and gives young people a leading role in science, technology and innovation activities. Its launch at the climate conference signals the link between green higher education and climate action.',
    resultsImpact:
      'The report describes the initiative as promoting structured dialogue among network universities and increasing youth participation and leadership in science, technology and innovation to accelerate progress on the SDGs. No figures are reported.',
    sustainability:
      'Working through a university network gives the initiative an institutional base that extends beyond individual events. Young leaders who gain experience can carry the work forward within their institutions.',
    replicability:
      'Other university networks in the South can adopt youth-led approaches to science, technology and innovation for sustainable development. Launching such initiatives at major global events, as was done at COP28, helps attract partners and visibility.',
    lessonsLearned:
      'Giving young people real leadership roles, not only participation, increases engagement. University networks are effective channels for South-South cooperation in education and research.',
    sdgs: [4, 9, 13, 17],
    sdgTargets: ['4.3', '4.7', '9.5', '13.3', '17.6'],
    countries: [provider('CN')],
    modality: 'south-south',
    themes: ['education', 'youth', 'climate'],
    organizations: [implementing(UNESCO), implementing(UNOSSC), supporting(GOVERNMENT_OF_CHINA), supporting(SSUCN)],
    projectStatus: 'ongoing',
    startYear: 2023,
    contacts: [],
    links: [],
    source: SOURCE,
  },
];
