/**
 * A labelled evaluation set for provider suggestions: needs (requests for support) written from the
 * requesting country's point of view, each with the provider organizations of the seeded demo
 * catalog that a broker who knows the catalog would pick, best first.
 *
 * The needs are written in our own words. They neither name the expected providers nor the
 * solutions behind them, and do not reuse the catalog's sentences: a good suggestion must come from
 * matching the problem (SDGs, targets, countries, modalities, languages, meaning of the text), not
 * from finding the answer's words. Use it to measure precision@5 and recall@10.
 *
 * Labels come from two sources:
 * - the hand-written entries about real initiatives (`REAL_INITIATIVES`): a country with a similar
 *   problem, usually in a similar region, is matched with the organization that implemented the
 *   initiative (and sometimes the country or agency that provided the expertise);
 * - the generated organizations (`generateCatalog(SEED_SIZE)`): organizations whose expertise
 *   (SDGs and targets), base or operating countries, languages and type fit the need clearly.
 */
import type { ContentLanguage, SupportModality } from '@galaxy/contracts';

export interface LabelledNeed {
  /** Stable kebab-case id. */
  key: string;
  /** The fields of NeedInputSchema except organizationId. */
  need: {
    title: string;
    problemStatement: string;
    currentSituation?: string;
    desiredOutcome: string;
    sdgs: number[];
    sdgTargets: string[];
    /** ISO alpha-2 of the requesting country (first) and others concerned. */
    countries: string[];
    modalities: SupportModality[];
    languages: ContentLanguage[];
  };
  /** Exact names of organizations in the seeded data that a broker would pick, best first (1–4). */
  expected: string[];
  /** One line: why a broker would pick them. */
  why: string;
}

// Names as the seed spells them (real initiatives first, then generated organizations).
const FAO = 'Food and Agriculture Organization of the United Nations';
const IFAD = 'International Fund for Agricultural Development';
const UNDP = 'United Nations Development Programme';
const ESCWA = 'United Nations Economic and Social Commission for Western Asia';
const PAHO = 'Pan American Health Organization';
const IOM = 'International Organization for Migration';
const ITU = 'International Telecommunication Union';
const UNCTAD = 'United Nations Conference on Trade and Development';
const UNESCO = 'United Nations Educational, Scientific and Cultural Organization';
const UNOSSC = 'United Nations Office for South-South Cooperation';
const CHINA = 'Government of China';

export const LABELLED_NEEDS: LabelledNeed[] = [
  // ─────────────────────────────── Agriculture and food ───────────────────────────────
  {
    key: 'tanzania-youth-protected-horticulture',
    need: {
      title: 'Bringing rural young people into protected vegetable growing',
      problemStatement:
        'Young people in our rural districts are leaving farming because open-field vegetable growing is risky and poorly paid. Bacterial wilt and other diseases regularly wipe out tomato and pepper crops, and erratic rains make yields unpredictable. Extension services have little experience with greenhouses or with improved, disease-tolerant seed.',
      currentSituation:
        'The Ministry of Agriculture runs a youth agribusiness programme, but it mostly offers small grants. Two agricultural universities are willing to host demonstration plots, and some input dealers are interested in supplying young growers.',
      desiredOutcome:
        'A training pathway that lets rural youth run greenhouse vegetable units profitably, with partnerships between our universities and experienced foreign institutions on disease-tolerant varieties, and links to buyers.',
      sdgs: [2, 8],
      sdgTargets: ['2.3', '2.4', '8.6'],
      countries: ['TZ'],
      modalities: ['training', 'technology_transfer', 'peer_exchange'],
      languages: ['en'],
    },
    expected: [IFAD, CHINA],
    why: 'IFAD, with Chinese financing and expertise, ran the Kenyan programme training rural youth in greenhouse tomatoes and resistant varieties, next door.',
  },
  {
    key: 'zimbabwe-smallholder-mechanization-poultry',
    need: {
      title: 'Small-scale mechanization, pest control and village poultry for smallholders',
      problemStatement:
        'Most of our smallholders still prepare land and harvest by hand, which limits the area they can farm and keeps productivity low. Fall armyworm and other pests cause heavy losses, and farmers rely on pesticides they often cannot afford or use safely. Poultry could diversify household incomes but flocks are small and mortality is high.',
      currentSituation:
        'A few mechanization hire centres exist but lack appropriate small machines and trained operators. Pest management advice is fragmented across projects.',
      desiredOutcome:
        'Experts who work alongside our extension staff for several seasons to introduce small machines, integrated pest management and improved poultry production, with demonstration sites in three provinces.',
      sdgs: [2],
      sdgTargets: ['2.3', '2.4', '2.a'],
      countries: ['ZW'],
      modalities: ['expert_deployment', 'technology_transfer', 'training'],
      languages: ['en'],
    },
    expected: [FAO, CHINA],
    why: 'FAO and China deployed experts on mechanization, integrated pest management and poultry in neighbouring Malawi and Namibia.',
  },
  {
    key: 'honduras-transformacion-digital-rural',
    need: {
      title: 'Habilidades digitales y comercio en línea para productores rurales',
      problemStatement:
        'Las familias productoras del corredor seco y de las zonas montañosas siguen dependiendo de intermediarios para vender sus cosechas. Pocas tienen acceso a internet, equipos o conocimientos para usar herramientas digitales de información de precios, pagos o ventas. Tras la pandemia, la economía campesina aún no se ha recuperado.',
      currentSituation:
        'La Secretaría de Agricultura cuenta con algunos telecentros comunitarios, pero sin contenidos para la producción ni formación para jóvenes y mujeres rurales. No hay crédito ni fondos públicos destinados a que los pequeños productores adopten tecnologías digitales.',
      desiredOutcome:
        'Un programa de alfabetización digital con equipamiento básico para organizaciones de productores, plataformas de comercialización adaptadas y un mecanismo de financiamiento que permita escalarlo, aprendiendo de otros países de la región.',
      sdgs: [1, 2, 9],
      sdgTargets: ['1.5', '2.3', '9.c'],
      countries: ['HN'],
      modalities: ['training', 'equipment', 'policy_advice'],
      languages: ['es'],
    },
    expected: [FAO, 'Community of Latin American and Caribbean States', CHINA],
    why: 'FAO and CELAC, with Chinese support, run a rural digital transformation programme for post-COVID recovery in Latin American countries.',
  },
  {
    key: 'mozambique-agroprocessamento-mulheres-jovens',
    need: {
      title: 'Agroprocessamento para mulheres e jovens em distritos com insegurança alimentar',
      problemStatement:
        'Nos distritos do norte, muitas famílias passam meses do ano sem alimentos suficientes. Mulheres e jovens produzem mandioca, amendoim e hortícolas, mas vendem-nos sem qualquer transformação, a preços baixos, e perdem uma parte importante da colheita. Faltam-lhes equipamento, formação e acesso a crédito.',
      currentSituation:
        'Existem associações de mulheres e grupos de jovens organizados, mas nenhuma unidade de processamento funciona de forma regular. Os recursos públicos para este tipo de investimento são muito limitados.',
      desiredOutcome:
        'Pequenas unidades agroindustriais geridas por mulheres e jovens, financiadas através de cooperação Sul-Sul, com formação em processamento, gestão e comercialização, para que as famílias ganhem mais e tenham comida durante todo o ano.',
      sdgs: [2, 5, 8],
      sdgTargets: ['2.1', '2.3', '5.a', '8.6'],
      countries: ['MZ'],
      modalities: ['finance', 'training', 'equipment'],
      languages: ['pt'],
    },
    expected: [UNOSSC, 'Iniciativa Morabeza para a segurança alimentar'],
    why: 'UNOSSC manages the IBSA Fund that financed agro-industry for women and youth in Uganda; a Brazilian food security NGO working in Portuguese fits the rest.',
  },
  {
    key: 'togo-filiere-sel-artisanal',
    need: {
      title: 'Moderniser la filière du sel artisanal dans la zone lagunaire',
      problemStatement:
        'Dans nos communes côtières, des centaines de ménages, surtout des femmes, produisent du sel par ébullition de saumure. Le travail est pénible, consomme beaucoup de bois de chauffe et le sel obtenu, de qualité variable et rarement iodé, se vend mal face au sel importé.',
      currentSituation:
        'Les productrices sont regroupées en quelques coopératives, sans équipement collectif. Aucune formation n’a été proposée sur des techniques de production moins pénibles ou sur le conditionnement.',
      desiredOutcome:
        'Une unité collective de transformation et de conditionnement, des équipements adaptés et la formation de plusieurs centaines de productrices, grâce à un financement Sud-Sud, afin de vendre un sel de meilleure qualité et mieux payé.',
      sdgs: [8, 9],
      sdgTargets: ['8.3', '9.3'],
      countries: ['TG'],
      modalities: ['finance', 'equipment', 'training'],
      languages: ['fr'],
    },
    expected: [UNOSSC],
    why: 'A UNOSSC-managed trust fund financed a semi-modern salt processing unit and the training of salt producers in neighbouring Benin.',
  },
  {
    key: 'mongolia-animal-disease-laboratory-detection',
    need: {
      title: 'Faster laboratory detection of transboundary animal diseases',
      problemStatement:
        'Outbreaks of foot-and-mouth disease, sheep and goat pox and other transboundary animal diseases threaten the livelihoods of herding families and our livestock exports. Provincial laboratories take too long to confirm suspected cases, and few technicians master molecular and isotope-based diagnostic methods.',
      currentSituation:
        'The central veterinary laboratory has some equipment but irregular reagent supply and no regular proficiency training. Cooperation with neighbouring countries on surveillance is informal.',
      desiredOutcome:
        'Trained laboratory staff able to apply nuclear-derived and molecular diagnostic techniques, and a regular exchange with other countries of Asia facing the same diseases.',
      sdgs: [2, 3],
      sdgTargets: ['2.4', '3.d'],
      countries: ['MN'],
      modalities: ['training', 'technology_transfer', 'peer_exchange'],
      languages: ['en', 'ru'],
    },
    expected: ['International Atomic Energy Agency'],
    why: 'IAEA organizes South-South training on detecting transboundary animal diseases among Asian neighbours (Cambodia, Lao PDR, Viet Nam).',
  },
  {
    key: 'cambodia-community-forest-management',
    need: {
      title: 'Stronger community forestry to restore degraded forest land',
      problemStatement:
        'Community forests cover a growing share of our forest estate, but many community committees lack management plans, boundary demarcation and skills to restore degraded land. Illegal logging and land clearing continue, and communities see little income from the forests they protect.',
      desiredOutcome:
        'Peer learning with community forest groups and forestry research institutes of other Asian countries on participatory management plans, assisted regeneration and sustainable forest products.',
      sdgs: [15, 2],
      sdgTargets: ['15.2', '15.3', '15.c', '2.4'],
      countries: ['KH'],
      modalities: ['peer_exchange', 'training'],
      languages: ['en'],
    },
    expected: [
      'Mekong Network of Community Forest Groups',
      'Centre for Forests and Biodiversity Research, Sahyog University',
    ],
    why: 'A Mekong network of community forest groups (land restoration, 15.3/15.c) and an Indian forest research centre with a long record of forest solutions.',
  },
  {
    key: 'guinea-bissau-artisanal-fisheries',
    need: {
      title: 'Sustainable artisanal fisheries and better incomes for fishing communities',
      problemStatement:
        'Artisanal fishers in the Bijagós and along the coast face declining catches, competition from industrial fleets and heavy post-harvest losses. We lack data on fish stocks, and fishers’ organizations are weak in negotiating access to resources and markets.',
      desiredOutcome:
        'Technical support from a marine research centre of the region on stock assessment, and exchanges between our fishers’ organizations and those of other countries on co-management and access to markets.',
      sdgs: [14],
      sdgTargets: ['14.4', '14.7', '14.b'],
      countries: ['GW', 'SN'],
      modalities: ['training', 'peer_exchange', 'expert_deployment'],
      languages: ['pt', 'fr'],
    },
    expected: ['Centre de recherche sur la mer du Sénégal', 'South-South Network of Fisher Organizations'],
    why: 'A Senegalese marine research centre with a track record on fisheries (14.7) in the neighbouring country, and a South-South network of fisher organizations.',
  },
  {
    key: 'bhutan-organic-agriculture',
    need: {
      title: 'Scaling up organic farming and its certification',
      problemStatement:
        'Our national policy favours organic production, but yields of many crops have fallen where farmers stopped chemical inputs without alternatives. Farmers need practical methods for soil fertility and pest control, and our certification system is not yet recognized by buyers abroad.',
      desiredOutcome:
        'Training of extension staff and lead farmers by a country with long experience in organic agriculture, and advice on a participatory certification and market access system.',
      sdgs: [2],
      sdgTargets: ['2.3', '2.4'],
      countries: ['BT'],
      modalities: ['training', 'peer_exchange', 'policy_advice'],
      languages: ['en'],
    },
    expected: [
      'Thailand International Cooperation Agency',
      'Office of the United Nations Resident Coordinator in Thailand',
    ],
    why: 'TICA and the UN country team in Thailand launched flagship South-South initiatives sharing Thai organic agriculture experience.',
  },
  // ───────────────────────────── Health ─────────────────────────────
  {
    key: 'lao-midwifery-maternal-health',
    need: {
      title: 'Better-trained midwives so that fewer mothers and newborns die',
      problemStatement:
        'Maternal and newborn mortality in our remote provinces remains far above the national average. Many births happen at home or in health centres staffed by midwives with short pre-service training and few opportunities to update their skills in emergency obstetric care and family planning.',
      currentSituation:
        'Midwifery schools exist in several provinces, but teachers lack clinical practice and teaching materials. Supervision of rural midwives is irregular.',
      desiredOutcome:
        'A partnership with a neighbouring country’s midwifery and reproductive health programmes for teacher training, clinical placements and mentoring of rural midwives.',
      sdgs: [3, 5],
      sdgTargets: ['3.1', '3.7', '5.6'],
      countries: ['LA'],
      modalities: ['training', 'peer_exchange', 'expert_deployment'],
      languages: ['en'],
    },
    expected: [
      'Thailand International Cooperation Agency',
      'Office of the United Nations Resident Coordinator in Thailand',
      'United Nations Population Fund',
    ],
    why: 'TICA and the RCO in Thailand run flagship South-South initiatives building midwives’ capacities; UNFPA’s expertise (3.1, 3.7) fits too.',
  },
  {
    key: 'zambia-electronic-immunization-logistics',
    need: {
      title: 'An electronic system to manage vaccine stocks down to health facilities',
      problemStatement:
        'We regularly face stock-outs of some vaccines in districts while others expire in provincial stores. Stock and cold-chain data are recorded on paper and reach the national level weeks late, so that distribution cannot be planned on real consumption.',
      currentSituation:
        'The immunization programme uses spreadsheets at national and provincial level. Mobile network coverage now reaches most health facilities.',
      desiredOutcome:
        'Learn from a ministry of health that already runs a national digital vaccine logistics system, through a study visit and technical follow-up, and decide how to adapt such a system here.',
      sdgs: [3, 17],
      sdgTargets: ['3.8', '3.b', '17.6'],
      countries: ['ZM'],
      modalities: ['peer_exchange', 'technology_transfer'],
      languages: ['en'],
    },
    expected: ['Ministry of Health of Indonesia', UNDP],
    why: 'Indonesia’s health ministry shared its electronic immunization logistics system with Malawi, a neighbour of Zambia, through UNDP’s digital health hub.',
  },
  {
    key: 'dominican-republic-antimicrobial-resistance',
    need: {
      title: 'Laboratory capacity and surveillance for drug-resistant infections',
      problemStatement:
        'Hospital infections resistant to common antibiotics are rising, but few of our laboratories can test resistance reliably and results are not reported nationally. Without surveillance data we cannot update treatment guidelines or measure the effect of controls on antibiotic use.',
      desiredOutcome:
        'Laboratory staff trained in resistance testing and quality control, a national surveillance network of sentinel hospitals and participation in regional exchange on resistance data.',
      sdgs: [3],
      sdgTargets: ['3.3', '3.d'],
      countries: ['DO'],
      modalities: ['training', 'technology_transfer', 'peer_exchange'],
      languages: ['es', 'en'],
    },
    expected: [PAHO, 'Ministerio de Salud de Cuba'],
    why: 'PAHO, with CARICOM and Argentina, built antimicrobial resistance detection and surveillance in Caribbean States; Cuba’s health ministry works on health risk surveillance (3.d) nearby.',
  },
  {
    key: 'saint-lucia-hospital-technology-outbreaks',
    need: {
      title: 'Technology to protect patients and staff in isolation wards',
      problemStatement:
        'During the last epidemic our main hospital struggled to isolate patients safely: staff were exposed when delivering medicines and meals, and remote monitoring of patients was impossible. We want to be ready for the next outbreak without depending on more staff.',
      desiredOutcome:
        'Advice from a Caribbean health ministry that has introduced both simple and advanced tools, including robots, in infectious disease care, and support to choose and deploy such tools.',
      sdgs: [3, 9],
      sdgTargets: ['3.d', '9.5'],
      countries: ['LC'],
      modalities: ['peer_exchange', 'equipment', 'technology_transfer'],
      languages: ['en'],
    },
    expected: ['Ministry of Health of Trinidad and Tobago', PAHO],
    why: 'Trinidad and Tobago’s health ministry and PAHO ran the HALT project with high- and low-tech tools, including robots, for COVID-19 care.',
  },
  {
    key: 'bolivia-salud-materno-infantil-chaco',
    need: {
      title: 'Atención a madres, recién nacidos y niños en las comunidades alejadas del Chaco',
      problemStatement:
        'En los municipios del Chaco, las comunidades indígenas y campesinas viven lejos de los establecimientos de salud. Muchas mujeres no tienen controles prenatales ni parto atendido por personal calificado, y la mortalidad materna y neonatal sigue siendo alta.',
      currentSituation:
        'Los centros de salud de primer nivel carecen de personal capacitado, equipos básicos y transporte para referir emergencias obstétricas.',
      desiredOutcome:
        'Más establecimientos que ofrezcan control prenatal, parto seguro y atención neonatal con pertinencia cultural, personal formado y equipamiento, financiados mediante cooperación Sur-Sur y con el acompañamiento de un organismo regional de salud.',
      sdgs: [3],
      sdgTargets: ['3.1', '3.2', '3.8'],
      countries: ['BO'],
      modalities: ['finance', 'training', 'equipment'],
      languages: ['es'],
    },
    expected: [PAHO, 'United Nations Population Fund'],
    why: 'PAHO extended maternal and child health services in the Paraguayan Chaco with India–UN Fund money; UNFPA works on maternal health (3.1, 3.2).',
  },
  {
    key: 'ecuador-health-intelligence-unit',
    need: {
      title: 'A health intelligence unit to base decisions on integrated data',
      problemStatement:
        'Our health information is scattered across the ministry, social security hospitals and private providers. Decision makers lack timely analysis to anticipate outbreaks, plan resources or evaluate programmes, and we have no team that turns data into intelligence for policy.',
      desiredOutcome:
        'Peer support from a country of the region that has set up an inter-institutional health intelligence hub, on governance, data integration and analysis products, with our cooperation agency as partner.',
      sdgs: [3, 17],
      sdgTargets: ['3.d', '17.18'],
      countries: ['EC'],
      modalities: ['peer_exchange', 'policy_advice', 'expert_deployment'],
      languages: ['es', 'en'],
    },
    expected: ['Ministry of Public Health of Uruguay', 'Uruguayan Agency for International Cooperation', PAHO],
    why: 'Uruguay’s Ministry of Public Health, AUCI and PAHO set up the Health Intelligence Hub and offer it to other countries.',
  },
  {
    key: 'mauritanie-sante-des-migrants',
    need: {
      title: 'Former les personnels de santé à la prise en charge des migrants',
      problemStatement:
        'Notre pays accueille des migrants qui s’y installent et d’autres qui ne font que passer. Les centres de santé de Nouadhibou et de Nouakchott reçoivent de plus en plus de migrants, mais les personnels connaissent mal leurs besoins, leurs droits et les maladies liées au parcours migratoire.',
      desiredOutcome:
        'Une formation régionale de haut niveau pour nos cadres de santé publique sur les soins aux populations migrantes, organisée avec une école de santé publique de la région et un organisme spécialisé.',
      sdgs: [3, 10],
      sdgTargets: ['3.8', '10.7'],
      countries: ['MR'],
      modalities: ['training', 'peer_exchange'],
      languages: ['fr', 'ar'],
    },
    expected: [IOM, 'École nationale de santé publique'],
    why: 'IOM and Morocco’s École nationale de santé publique run a winter school on migrant health for North Africa and the Middle East.',
  },
  // ───────────────────────────── Energy and water ─────────────────────────────
  {
    key: 'south-sudan-household-renewable-energy',
    need: {
      title: 'Clean household energy for rural families',
      problemStatement:
        'Almost all rural households cook with firewood and charcoal and have no electricity. Women and girls spend hours collecting fuel, indoor smoke harms health, and forests around towns are being cleared. Grid extension to rural areas is decades away.',
      desiredOutcome:
        'Pilot household biogas, improved biomass and solar systems in two states, with training of local technicians, drawing on countries that have done this at scale.',
      sdgs: [7, 13],
      sdgTargets: ['7.1', '7.2', '7.b'],
      countries: ['SS'],
      modalities: ['technology_transfer', 'training', 'equipment'],
      languages: ['en'],
    },
    expected: [UNDP, 'Rural Electrification Agency, Ethiopia'],
    why: 'UNDP brought Chinese and Sri Lankan biogas, biomass and solar experience to rural Ethiopia; Ethiopia’s rural electrification agency (7.1) is next door.',
  },
  {
    key: 'niger-mini-reseaux-solaires',
    need: {
      title: 'Électrifier les villages isolés par des mini-réseaux solaires',
      problemStatement:
        'Moins d’un habitant rural sur dix a accès à l’électricité. Les villages éloignés du réseau dépendent de groupes électrogènes coûteux ou de lampes à piles, ce qui freine les services de santé, l’éducation et les activités économiques.',
      currentSituation:
        'L’agence nationale d’électrification rurale a un plan, mais peu d’expérience des modèles de gestion de mini-réseaux et de la maintenance par des opérateurs locaux.',
      desiredOutcome:
        'Des échanges avec des praticiens de l’énergie hors réseau de pays voisins et de la région, et l’appui d’une agence d’électrification rurale expérimentée pour concevoir et gérer des mini-réseaux solaires.',
      sdgs: [7, 13],
      sdgTargets: ['7.1', '7.b'],
      countries: ['NE'],
      modalities: ['peer_exchange', 'training', 'policy_advice'],
      languages: ['fr'],
    },
    expected: [
      'North African Network of Off-Grid Energy Practitioners',
      'Gulf of Guinea Learning Alliance for Energy Access',
      'Rural Electrification Agency, Nigeria',
    ],
    why: 'French-speaking off-grid energy networks of neighbouring regions (7.1, 7.b) and Nigeria’s rural electrification agency across the border.',
  },
  {
    key: 'kyrgyzstan-transboundary-water-management',
    need: {
      title: 'Managing shared rivers with our neighbours',
      problemStatement:
        'Our rivers feed irrigation downstream in neighbouring countries, and disputes over water releases recur every summer. Basin data are not shared in a common format, and our water agency lacks experience with negotiated basin plans and efficient irrigation.',
      desiredOutcome:
        'A policy exchange with countries that cooperate on transboundary rivers, and technical support on integrated water resources management and water-use efficiency.',
      sdgs: [6],
      sdgTargets: ['6.4', '6.5', '6.a'],
      countries: ['KG', 'KZ', 'UZ', 'TJ'],
      modalities: ['policy_advice', 'peer_exchange', 'training'],
      languages: ['ru', 'en'],
    },
    expected: [UNDP, 'India Institute for Water Resources Research'],
    why: 'UNDP brokered a South Asian policy exchange on transboundary water management; an Indian water research institute works on integrated water management (6.5).',
  },
  {
    key: 'kiribati-safe-water-sanitation',
    need: {
      title: 'Safe drinking water and sanitation for outer island communities',
      problemStatement:
        'On our atolls, the thin freshwater lens is contaminated by pit latrines and threatened by sea-level rise. Diarrhoeal disease is common among children, and rainwater harvesting systems are poorly maintained.',
      desiredOutcome:
        'Appropriate water treatment and sanitation technologies for small islands, training of island councils for maintenance, and research support on groundwater quality.',
      sdgs: [6, 3],
      sdgTargets: ['6.1', '6.2', '6.3', '3.9'],
      countries: ['KI'],
      modalities: ['technology_transfer', 'training', 'equipment'],
      languages: ['en'],
    },
    expected: ['Fanua Water Systems', 'Centre for Water Resources Research, Vanua University', 'Sathi Foundation'],
    why: 'Pacific water and sanitation specialists (Tuvalu, Samoa) and a foundation working on sanitation (6.2, 3.9) in Kiribati.',
  },
  {
    key: 'yemen-water-scarcity-efficiency',
    need: {
      title: 'Using scarce water more efficiently in cities and farms',
      problemStatement:
        'Groundwater levels are falling fast around our main cities and in irrigated valleys. Water networks lose a large share of what they carry, and farmers pump without control. Communities need affordable ways to save water and to manage shared aquifers.',
      desiredOutcome:
        'Technical partners from the Arab region with field experience in water efficiency, integrated management of aquifers and community water committees.',
      sdgs: [6],
      sdgTargets: ['6.4', '6.5', '6.b'],
      countries: ['YE'],
      modalities: ['training', 'technology_transfer', 'expert_deployment'],
      languages: ['ar'],
    },
    expected: ['Nakhla Water Alliance', 'Association Tadamon pour l’eau et l’assainissement'],
    why: 'Arabic-speaking water NGOs of Egypt and Morocco working on water efficiency and integrated management (6.4, 6.5), Nakhla with several solutions.',
  },
  // ───────────────────────────── Social protection, migration, employment ─────────────────────────────
  {
    key: 'jordan-social-insurance-informal-workers',
    need: {
      title: 'Extending social insurance to workers in the informal economy',
      problemStatement:
        'More than half of our workers, including agricultural and domestic workers and the self-employed, have no pension, health or work-injury coverage. Contribution rules designed for salaried employees do not fit irregular incomes.',
      desiredOutcome:
        'Learn from countries, including outside the region, that have brought informal workers into social insurance with simplified contributions, and receive advice on designing a scheme for our context.',
      sdgs: [1, 8, 10],
      sdgTargets: ['1.3', '8.3', '10.4'],
      countries: ['JO'],
      modalities: ['policy_advice', 'peer_exchange'],
      languages: ['ar', 'en'],
    },
    expected: [ESCWA, 'South-South Network of Social Protection Practitioners'],
    why: 'ESCWA brought Uruguay’s experience with social insurance for informal workers to Egypt; a South-South network of social protection practitioners (1.3, 10.4) adds peers.',
  },
  {
    key: 'burkina-faso-protection-sociale-adaptative',
    need: {
      title: 'Des filets sociaux qui réagissent vite aux sécheresses',
      problemStatement:
        'Les sécheresses répétées et l’insécurité plongent chaque année de nouveaux ménages dans la pauvreté. Notre registre social couvre mal les zones rurales et les transferts arrivent souvent trop tard, après que les familles ont vendu leur bétail.',
      desiredOutcome:
        'Un système de protection sociale adaptative relié aux alertes précoces, avec l’appui de praticiens sahéliens et d’organisations ayant l’expérience des transferts monétaires en situation de crise.',
      sdgs: [1, 13],
      sdgTargets: ['1.3', '1.5', '13.1'],
      countries: ['BF'],
      modalities: ['peer_exchange', 'policy_advice', 'training'],
      languages: ['fr'],
    },
    expected: ['Sahel Network of Social Protection Practitioners', 'World Food Programme'],
    why: 'A French-speaking Sahel social protection network (1.5 resilience) and WFP (social protection and climate shocks, 1.2, 1.4, 13.3).',
  },
  {
    key: 'malawi-one-stop-border-post-training',
    need: {
      title: 'Training border officials together at our new joint border posts',
      problemStatement:
        'We are converting our main land borders into one-stop border posts shared with neighbouring countries. Immigration, customs and health officers of both sides follow different procedures and have never been trained together, causing delays for traders and poor protection of vulnerable migrants.',
      desiredOutcome:
        'A joint training curriculum and trainers for border officials, adapted from a regional economic community that already harmonized such training.',
      sdgs: [10, 17],
      sdgTargets: ['10.7', '17.9'],
      countries: ['MW', 'ZM', 'MZ', 'TZ'],
      modalities: ['training', 'peer_exchange'],
      languages: ['en'],
    },
    expected: ['East African Community', IOM],
    why: 'The EAC, with IOM, developed a harmonized training module on migration management at East African one-stop border posts.',
  },
  {
    key: 'burundi-emploi-des-jeunes',
    need: {
      title: 'Relier la formation professionnelle des jeunes à l’emploi',
      problemStatement:
        'Chaque année, des dizaines de milliers de jeunes arrivent sur le marché du travail sans qualification recherchée. Les centres d’enseignement des métiers forment peu en lien avec les entreprises et les jeunes diplômés restent au chômage ou dans l’informel.',
      desiredOutcome:
        'Des échanges avec des acteurs de la région des Grands Lacs qui ont rapproché formation technique et employeurs, et un appui pour développer l’apprentissage en entreprise.',
      sdgs: [8, 4],
      sdgTargets: ['8.5', '8.6', '4.4'],
      countries: ['BI'],
      modalities: ['peer_exchange', 'training'],
      languages: ['fr'],
    },
    expected: ['Great Lakes Community of Practice on Employment', 'Jamii Business Services'],
    why: 'A French-speaking Great Lakes employment network (8.5, 4.4) with six solutions, and a Tanzanian firm working on youth skills and employment in the region.',
  },
  {
    key: 'peru-sistema-de-cuidados',
    need: {
      title: 'Diseñar un sistema nacional de cuidados',
      problemStatement:
        'Las mujeres asumen la mayor parte del trabajo de cuidado no remunerado de niños, personas mayores y personas con discapacidad, lo que limita su participación laboral y sus ingresos. Los servicios públicos de cuidado son escasos y dispersos entre varios sectores.',
      desiredOutcome:
        'Asesoría de instituciones latinoamericanas especializadas en igualdad de género para medir el trabajo de cuidado y diseñar un sistema de cuidados con enfoque territorial.',
      sdgs: [5],
      sdgTargets: ['5.4', '5.5'],
      countries: ['PE'],
      modalities: ['policy_advice', 'peer_exchange'],
      languages: ['es'],
    },
    expected: [
      'Centro de Estudios en Igualdad de Género, Universidad Semilla',
      'Andean Commission for Gender Equality',
    ],
    why: 'Spanish-speaking gender equality centres with care-work expertise (5.4): a Mexican university centre with solutions and an Andean commission covering Peru.',
  },
  // ───────────────────────────── Education and science ─────────────────────────────
  {
    key: 'guatemala-educacion-inclusiva-discapacidad',
    need: {
      title: 'Que la niñez con discapacidad aprenda en la escuela de su comunidad',
      problemStatement:
        'La mayor parte de la niñez con discapacidad en áreas rurales no asiste a la escuela o la abandona pronto. Los docentes no tienen formación en educación inclusiva, las escuelas no son accesibles y faltan materiales adaptados, también en idiomas mayas.',
      desiredOutcome:
        'Un enfoque de sistema y no de proyectos aislados: formación docente, adaptaciones de las escuelas, detección temprana y participación de las familias.',
      sdgs: [4, 10],
      sdgTargets: ['4.5', '4.a', '10.2'],
      countries: ['GT'],
      modalities: ['training', 'policy_advice', 'finance'],
      languages: ['es'],
    },
    expected: ['United Nations Children’s Fund'],
    why: 'UNICEF led the inclusive education initiative for children with disabilities in Nicaragua, a Central American neighbour.',
  },
  {
    key: 'ethiopia-sti-policy-leaders',
    need: {
      title: 'Building the capacity of senior officials to make science and innovation policy',
      problemStatement:
        'Our national innovation strategy is ambitious, but few senior officials have been trained in designing and evaluating policy instruments for research, technology and innovation. Research funding, technology transfer and start-up support are poorly coordinated.',
      desiredOutcome:
        'Places for our senior policymakers in high-level training courses on innovation policy offered by an international centre in another developing country, and follow-up advice.',
      sdgs: [9, 17],
      sdgTargets: ['9.5', '17.6'],
      countries: ['ET'],
      modalities: ['training', 'policy_advice'],
      languages: ['en'],
    },
    expected: [
      'International Science, Technology and Innovation Centre for South-South Cooperation under the auspices of UNESCO',
      UNESCO,
    ],
    why: 'ISTIC in Malaysia, under UNESCO auspices, trains high-level policymakers of developing countries in STI policy.',
  },
  {
    key: 'senegal-enseignement-superieur-vert',
    need: {
      title: 'Des universités engagées pour le climat et le leadership des jeunes',
      problemStatement:
        'Nos universités forment peu aux enjeux climatiques et les étudiants ont rarement l’occasion de porter des projets scientifiques ou d’innovation au service du développement durable. Les coopérations universitaires Sud-Sud restent ponctuelles.',
      desiredOutcome:
        'Rejoindre un réseau universitaire Sud-Sud sur l’enseignement supérieur vert, intégrer le climat dans les cursus et soutenir des projets d’innovation portés par les jeunes.',
      sdgs: [4, 13],
      sdgTargets: ['4.3', '4.7', '13.3'],
      countries: ['SN'],
      modalities: ['peer_exchange', 'training'],
      languages: ['fr'],
    },
    expected: [UNESCO, 'South-South University Cooperation Network', UNOSSC],
    why: 'UNESCO and UNOSSC launched Green Higher Education with China and the South-South University Cooperation Network on youth STI leadership.',
  },
  // ───────────────────────────── Statistics ─────────────────────────────
  {
    key: 'libya-digital-census',
    need: {
      title: 'Preparing a digital population and housing census',
      problemStatement:
        'Our last census is almost twenty years old, and planning relies on outdated estimates. A paper census would be slow and costly; we want to collect data on tablets, but our statistics office has no experience with digital field operations, mapping or real-time quality control.',
      desiredOutcome:
        'Study visits to and technical exchange with a statistics office of the Arab region that has run a digital census, with possible loan or donation of devices.',
      sdgs: [17],
      sdgTargets: ['17.18', '17.19'],
      countries: ['LY'],
      modalities: ['peer_exchange', 'equipment', 'training'],
      languages: ['ar'],
    },
    expected: [ESCWA, 'Central Agency for Public Mobilization and Statistics'],
    why: 'ESCWA brokered Egypt’s CAPMAS support (tablets, study visits) to the digital censuses of Djibouti and Somalia.',
  },
  {
    key: 'chad-recensement-statistiques',
    need: {
      title: 'Renforcer l’institut national de la statistique',
      problemStatement:
        'Nos enquêtes nationales sont rares et dépendent de financements extérieurs. L’institut manque de statisticiens, les données administratives sont peu exploitées et de nombreux indicateurs des ODD ne peuvent pas être calculés.',
      desiredOutcome:
        'Un partenariat avec un institut statistique francophone et arabophone plus expérimenté et avec des réseaux sahéliens pour former nos cadres et moderniser la production statistique.',
      sdgs: [17],
      sdgTargets: ['17.18', '17.19'],
      countries: ['TD'],
      modalities: ['training', 'peer_exchange', 'expert_deployment'],
      languages: ['fr', 'ar'],
    },
    expected: ['Institut national de la statistique de la Tunisie', 'Sahel Learning Alliance for Statistics'],
    why: 'A French- and Arabic-speaking national statistics institute (17.18, 17.19) and a Sahel statistics network that includes Chad.',
  },
  {
    key: 'vanuatu-national-statistics',
    need: {
      title: 'Stronger statistics for a small island administration',
      problemStatement:
        'Our national statistics office has a handful of staff and cannot produce many of the indicators needed for planning and SDG reporting. Surveys are irregular, and disaster years disrupt data collection.',
      desiredOutcome:
        'Regular support and peer exchange with Pacific island statistics offices and regional bodies on survey methods, administrative data and SDG indicators.',
      sdgs: [17],
      sdgTargets: ['17.18', '17.19'],
      countries: ['VU'],
      modalities: ['peer_exchange', 'training'],
      languages: ['en', 'fr'],
    },
    expected: ['Pacific Islands Centre for Statistics Cooperation', 'National Statistics Office, Nauru'],
    why: 'A Pacific regional centre for statistics cooperation (17.18, 17.19) covering Vanuatu and a peer Pacific island statistics office.',
  },
  {
    key: 'ghana-measuring-south-south-cooperation',
    need: {
      title: 'Measuring and reporting the South-South cooperation we provide',
      problemStatement:
        'We offer scholarships, experts and technical exchanges to other countries, but no institution records them systematically. We cannot report what we contribute in our SDG reviews or show its value to our parliament.',
      desiredOutcome:
        'Agree on a method, shared with other Southern providers, to count and value our mostly non-financial cooperation, with methodological guidance and exchanges with countries that already apply one.',
      sdgs: [17],
      sdgTargets: ['17.3', '17.18'],
      countries: ['GH'],
      modalities: ['policy_advice', 'training', 'peer_exchange'],
      languages: ['en'],
    },
    expected: [UNCTAD, 'Economic Commission for Latin America and the Caribbean'],
    why: 'UNCTAD, supported by ECLAC, is piloting the framework for measuring South-South cooperation in seven countries.',
  },
  // ───────────────────────────── Governance, digital and trade ─────────────────────────────
  {
    key: 'tonga-anti-money-laundering',
    need: {
      title: 'Strengthening our defences against money laundering',
      problemStatement:
        'Our financial intelligence unit is small, and recent evaluations found gaps in supervision, investigation and cooperation with other jurisdictions. As a small island State we fear losing correspondent banking relationships if we do not improve.',
      desiredOutcome:
        'A peer partnership with another small island administration that has strengthened its anti-money-laundering system, plus specialised training for investigators and supervisors.',
      sdgs: [16, 17],
      sdgTargets: ['16.4', '16.5', '17.9'],
      countries: ['TO'],
      modalities: ['peer_exchange', 'training', 'expert_deployment'],
      languages: ['en'],
    },
    expected: [UNDP, 'United Nations Office on Drugs and Crime'],
    why: 'UNDP brokered the Solomon Islands–Marshall Islands partnership against money laundering; UNODC works on illicit financial flows (16.4).',
  },
  {
    key: 'lesotho-civil-registration-legal-identity',
    need: {
      title: 'Registering every birth and giving everyone a legal identity',
      problemStatement:
        'Many births in rural areas are never registered, and people struggle to obtain identity documents needed for school, social grants and voting. Registration offices work on paper and vital statistics are incomplete.',
      desiredOutcome:
        'Learn from justice ministries of other African countries that have modernized civil registration and identity services, including digital registration at health facilities.',
      sdgs: [16, 17],
      sdgTargets: ['16.9', '17.19'],
      countries: ['LS'],
      modalities: ['peer_exchange', 'policy_advice', 'technology_transfer'],
      languages: ['en'],
    },
    expected: ['Ministry of Justice, Rwanda', 'Ministry of Justice, Mauritius'],
    why: 'African justice ministries with expertise in legal identity (16.9) and vital statistics (17.19), Rwanda with three solutions.',
  },
  {
    key: 'kenya-e-waste-producer-responsibility',
    need: {
      title: 'An e-waste policy that makes producers responsible',
      problemStatement:
        'Discarded phones, computers and appliances pile up in dumpsites or are burnt by informal recyclers, releasing toxic substances. Our regulations do not say who pays for collection and recycling, and importers bear no obligations.',
      desiredOutcome:
        'Advice from a neighbouring government that has revised its national e-waste policy around extended producer responsibility, and from partners with experience in e-waste regulation.',
      sdgs: [11, 12],
      sdgTargets: ['11.6', '12.4', '12.5'],
      countries: ['KE'],
      modalities: ['policy_advice', 'peer_exchange'],
      languages: ['en'],
    },
    expected: ['Ministry of Information and Communications Technology and National Guidance of Uganda', ITU, CHINA],
    why: 'Uganda’s ICT ministry revised its e-waste policy with extended producer responsibility, with ITU and China’s South-South fund.',
  },
  {
    key: 'tajikistan-municipal-waste-recycling',
    need: {
      title: 'Collecting and recycling municipal waste in our cities',
      problemStatement:
        'Waste collection covers only part of our urban population, and most waste ends up in unmanaged dumps near rivers. There is almost no sorting or recycling, and municipalities lack equipment and business models to involve private recyclers.',
      desiredOutcome:
        'Exchanges with Central Asian recyclers and urban practitioners on separate collection, recycling businesses and landfill management, in Russian.',
      sdgs: [11, 12],
      sdgTargets: ['11.6', '12.5'],
      countries: ['TJ'],
      modalities: ['peer_exchange', 'training', 'technology_transfer'],
      languages: ['ru'],
    },
    expected: ['Central Asian Network of Recyclers', 'Central Asian Community of Practice on Urban Development'],
    why: 'Russian-speaking Central Asian networks on recycling (12.5) and urban waste (11.6) that include Tajikistan.',
  },
  {
    key: 'uganda-informal-settlements-housing',
    need: {
      title: 'Affordable housing built with communities in informal settlements',
      problemStatement:
        'Over half of Kampala’s residents live in unplanned neighbourhoods without secure land rights, exposed to floods and with poor sanitation. Evictions and top-down housing schemes have failed, and municipalities do not know how to upgrade settlements with residents.',
      desiredOutcome:
        'City-to-city learning with municipalities of other regions that have upgraded informal settlements through community-based affordable housing.',
      sdgs: [11],
      sdgTargets: ['11.1', '11.3'],
      countries: ['UG'],
      modalities: ['peer_exchange', 'policy_advice'],
      languages: ['en'],
    },
    expected: ['United Nations Human Settlements Programme'],
    why: 'UN-Habitat facilitated the Colombia–Kenya city-level exchange on community-based affordable housing in informal settlements.',
  },
  {
    key: 'zambia-copperbelt-mining-settlements',
    need: {
      title: 'Liveable towns in mining areas',
      problemStatement:
        'Mining towns of the Copperbelt grew around mines with unplanned settlements, polluted land and services that decline whenever mines scale down. Local authorities lack planning tools to make these settlements sustainable beyond the life of the mines.',
      desiredOutcome:
        'An exchange with another mining economy of the region on how to plan mining towns that remain viable and how to share responsibilities with mining companies.',
      sdgs: [11, 12],
      sdgTargets: ['11.3', '11.a', '12.2'],
      countries: ['ZM'],
      modalities: ['peer_exchange', 'policy_advice'],
      languages: ['en'],
    },
    expected: ['United Nations Human Settlements Programme'],
    why: 'UN-Habitat launched the DR Congo–South Africa exchange on sustainable human settlements in mining areas.',
  },
  {
    key: 'cote-divoire-normes-esg-export',
    need: {
      title: 'Aider les coopératives agricoles à respecter les normes ESG européennes',
      problemStatement:
        'Nos coopératives de cacao, d’anacarde et de fruits doivent désormais prouver le respect d’exigences environnementales, sociales et de gouvernance pour vendre en Europe. Beaucoup de petites entreprises ne savent pas comment se mettre en conformité et risquent de perdre leurs marchés.',
      desiredOutcome:
        'Des échanges avec un pays africain qui a déjà aidé ses exportateurs à satisfaire ces normes, et des formations pour les coopératives et les PME.',
      sdgs: [8, 12, 17],
      sdgTargets: ['8.3', '12.6', '17.11'],
      countries: ['CI'],
      modalities: ['peer_exchange', 'training'],
      languages: ['fr'],
    },
    expected: [
      'International Labour Organization',
      'International Training Centre of the International Labour Organization',
    ],
    why: 'The ILO and its Training Centre organized the peer exchange through which Kenya’s ESG model helps Malagasy firms reach European markets.',
  },
  {
    key: 'cameroun-strategie-commerce-electronique',
    need: {
      title: 'Élaborer une stratégie nationale de commerce électronique',
      problemStatement:
        'Le commerce en ligne se développe sans cadre : protection des consommateurs, paiements numériques, logistique et fiscalité ne sont pas coordonnés. Nos PME vendent peu en ligne et presque jamais dans les pays voisins.',
      desiredOutcome:
        'Un appui pour évaluer notre préparation au commerce électronique et rédiger une stratégie nationale cohérente avec l’intégration régionale, en s’inspirant de stratégies régionales africaines.',
      sdgs: [8, 9, 17],
      sdgTargets: ['8.2', '9.c', '17.11'],
      countries: ['CM'],
      modalities: ['policy_advice', 'training'],
      languages: ['fr', 'en'],
    },
    expected: [UNCTAD, 'Economic Community of West African States Commission'],
    why: 'UNCTAD supported the ECOWAS Commission and its Member States in drafting a regional e-commerce strategy.',
  },
  {
    key: 'tuvalu-early-warning-coastal-hazards',
    need: {
      title: 'Early warnings that reach every island before storms and surges',
      problemStatement:
        'Tropical cyclones, king tides and storm surges flood our islands, and warnings often reach outer islands too late. Our meteorological service is very small, and communities are not trained to act on forecasts.',
      desiredOutcome:
        'Support from Pacific and international meteorological and disaster risk reduction partners to improve forecasting, warning dissemination and community preparedness.',
      sdgs: [13, 11],
      sdgTargets: ['13.1', '13.3', '11.5'],
      countries: ['TV'],
      modalities: ['training', 'technology_transfer', 'peer_exchange'],
      languages: ['en'],
    },
    expected: [
      'National Meteorological Service, Solomon Islands',
      'World Meteorological Organization',
      'United Nations Office for Disaster Risk Reduction',
    ],
    why: 'A Pacific island meteorological service with early-warning solutions (13.1, 13.3), WMO and UNDRR (disaster risk reduction, 1.5/13).',
  },
  {
    key: 'rwanda-tea-low-carbon',
    need: {
      title: 'Cutting the carbon footprint of our tea',
      problemStatement:
        'Tea is one of our main exports, but factories burn large amounts of firewood to wither and dry leaf, and smallholder gardens depend on heavy nitrogen fertilizer. Buyers in our main markets are starting to ask for proof of lower emissions, and our growers have no technical references to respond.',
      desiredOutcome:
        'Technical cooperation with tea-producing countries that have introduced low-carbon practices in gardens and factories, including an expert mission and training of factory managers and cooperative leaders.',
      sdgs: [2, 13],
      sdgTargets: ['2.4', '13.3'],
      countries: ['RW'],
      modalities: ['expert_deployment', 'training', 'technology_transfer'],
      languages: ['en', 'fr'],
    },
    expected: [FAO, CHINA],
    why: 'FAO’s South-South programme with China (and German expertise) brought low-carbon tea production to Kenya, a neighbour of Rwanda.',
  },
  {
    key: 'nepal-water-energy-food-communities',
    need: {
      title: 'Helping hill communities manage water, energy and food as one system',
      problemStatement:
        'In our mid-hill districts, springs are drying up, irrigation pumps need electricity that villages do not have, and food production suffers. Projects treat water supply, energy and agriculture separately, and women, who manage most household resources, are rarely trained.',
      desiredOutcome:
        'Science and technology partners who help design integrated local solutions and community action plans, and train community members, especially women, to apply them.',
      sdgs: [6, 7, 2, 5],
      sdgTargets: ['6.4', '7.2', '2.4', '5.b'],
      countries: ['NP'],
      modalities: ['technology_transfer', 'training', 'finance'],
      languages: ['en'],
    },
    expected: [UNOSSC, 'Government of the Republic of Korea'],
    why: 'UNOSSC and the Republic of Korea run a science and technology programme building water–energy–food nexus skills in Mekong communities, especially women.',
  },
  {
    key: 'lebanon-national-digital-policies',
    need: {
      title: 'National policies for cybersecurity, cloud and artificial intelligence',
      problemStatement:
        'Our ministries are moving services online without a national framework for information security, the use of cloud services or artificial intelligence. Several incidents exposed citizens’ data, and agencies buy technology without common rules.',
      desiredOutcome:
        'Technical support from regional and international bodies to draft national strategies on information security, cloud computing and AI, drawing on other Arab countries’ experience.',
      sdgs: [9, 16, 17],
      sdgTargets: ['9.c', '16.6', '17.8'],
      countries: ['LB'],
      modalities: ['policy_advice', 'training'],
      languages: ['ar', 'fr', 'en'],
    },
    expected: [ESCWA, ITU],
    why: 'ESCWA supports Arab States in drafting national digital policies (information security, AI, cloud, blockchain); ITU is the connectivity and ICT policy agency.',
  },
  {
    key: 'namibia-rural-broadband-models',
    need: {
      title: 'Business models that bring broadband to sparsely populated areas',
      problemStatement:
        'Operators see no profit in covering our vast, thinly populated regions, so many schools, clinics and farms remain offline. Our universal service fund has money but no proven model to share infrastructure or involve community networks.',
      desiredOutcome:
        'Peer learning between our regulator and ministry and counterparts in other African countries on sustainable connectivity models, infrastructure sharing and universal service funding.',
      sdgs: [9, 17],
      sdgTargets: ['9.c', '17.6', '17.8'],
      countries: ['NA'],
      modalities: ['peer_exchange', 'policy_advice'],
      languages: ['en'],
    },
    expected: [ITU],
    why: 'ITU organized peer learning on sustainable digital connectivity models among South Africa, Nigeria and Kenya.',
  },
  {
    key: 'guyana-health-worker-protection',
    need: {
      title: 'Keeping nurses and doctors safe and treating severe respiratory cases better',
      problemStatement:
        'During the pandemic many of our nurses and doctors fell ill, and hinterland facilities had neither protective equipment nor clear protocols for severe respiratory cases. We need to be better prepared for the next epidemic.',
      desiredOutcome:
        'Updated clinical management protocols, training in infection prevention and occupational safety for health workers, and basic equipment for regional hospitals, with support from a regional health agency.',
      sdgs: [3, 8],
      sdgTargets: ['3.d', '8.8'],
      countries: ['GY'],
      modalities: ['training', 'equipment', 'policy_advice'],
      languages: ['en'],
    },
    expected: [PAHO],
    why: 'PAHO, with India–UN Fund financing, improved COVID-19 clinical management and health worker protection in Belize, Guyana’s regional peer.',
  },
];
