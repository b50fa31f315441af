/** Made-up contact names and evocative words for invented organization names, by region. */
import type { Zone } from './countries';
import type { Lang } from './text';

/** Latin-script names, "First Last" (the email is built from the first initial and the last word). */
// prettier-ignore
export const PEOPLE: Record<Zone, readonly string[]> = {
  westAfrica: [
    'Aminata Diallo', 'Moussa Traoré', 'Fatou Ndiaye', 'Ibrahima Sow', 'Awa Koné', 'Mamadou Camara',
    'Mariam Ouédraogo', 'Ousmane Diop', 'Aïssatou Barry', 'Kwame Mensah', 'Abena Owusu', 'Chinedu Okafor',
    'Ngozi Adeyemi', 'Yaw Boateng', 'Adama Sanogo', 'Salimata Kaboré',
  ],
  centralAfrica: [
    'Jean-Pierre Mbala', 'Grâce Ngoma', 'Christelle Nkoulou', 'Patrice Ndong', 'Rosine Mabiala',
    'Didier Kabongo', 'Solange Mbarga', 'Hervé Nzinga', 'Achta Mahamat', 'Blaise Obiang',
  ],
  eastAfrica: [
    'Grace Otieno', 'Peter Mwangi', 'Amina Hassan', 'Joseph Kato', 'Wanjiru Kamau', 'Daniel Tesfaye',
    'Neema Mushi', 'Samuel Habimana', 'Claudine Uwase', 'Hirut Bekele', 'Faith Nakato', 'Hodan Warsame',
    'Lova Rakotomalala', 'Nadia Ramgoolam',
  ],
  southernAfrica: [
    'Thandiwe Dlamini', 'Sipho Nkosi', 'Lerato Mokoena', 'Tendai Moyo', 'Chipo Banda', 'Kagiso Molefe',
    'Naledi Khumalo', 'Mwila Phiri', 'Ndapewa Shikongo', 'Limpho Mohapi',
  ],
  arab: [
    'Ahmed El Sayed', 'Fatima Benali', 'Omar Haddad', 'Layla Mansour', 'Youssef El Amrani', 'Nour Saleh',
    'Karim Nasser', 'Samira Bouzid', 'Hana Al-Khatib', 'Mohamed Ould Ahmed', 'Rania Khalil', 'Tarek Ben Salah',
  ],
  latam: [
    'María Fernanda López', 'José Luis Ramírez', 'Ana Gabriela Torres', 'Carlos Mendoza', 'Lucía Herrera',
    'Javier Quispe', 'Daniela Castillo', 'Andrés Morales', 'Rosa Mamani', 'Valentina Rojas', 'Diego Fernández',
    'Camila Vargas', 'Yanet Pérez', 'Ernesto Cabrera',
  ],
  caribbean: [
    'Keisha Williams', 'Andre Thompson', 'Marcia Joseph', 'Dwayne Charles', 'Shanelle Baptiste',
    'Rohan Persaud', 'Marie-Ange Louis', 'Jean-Robert Pierre', 'Tricia Grant', 'Kevon Alleyne',
  ],
  lusophone: [
    'João Matsinhe', 'Ana Cossa', 'Maria da Graça Tembe', 'Paulo Nhantumbo', 'Fernanda Lopes',
    'António Mendes', 'Luísa Gomes', 'Carlos Tavares', 'Domingos Sanhá', 'Isabel Vaz', 'Rafael Oliveira',
    'Juliana Santos', 'Nélia Pereira', 'Zeferino Soares',
  ],
  southAsia: [
    'Priya Sharma', 'Rahul Verma', 'Nasreen Akter', 'Anil Perera', 'Sita Gurung', 'Imran Qureshi',
    'Tashi Dorji', 'Aishath Mohamed', 'Kavya Nair', 'Farhan Rahman', 'Dilini Fernando', 'Zahra Ahmadzai',
  ],
  westAsia: ['Ayşe Yılmaz', 'Emre Kaya', 'Zeynep Demir', 'Reza Ahmadi', 'Maryam Hosseini', 'Mehmet Arslan'],
  seAsia: [
    'Nguyen Thi Lan', 'Siti Rahmawati', 'Budi Santoso', 'Maria Santos', 'Somchai Phongsri', 'Sokha Chan',
    'Aung Kyaw', 'Nurul Huda', 'Kanya Wongsawat', 'Joaquim Belo', 'Vilay Phommachanh', 'Tran Minh Duc',
  ],
  centralAsia: [
    'Aigerim Sadykova', 'Nurlan Abenov', 'Dilnoza Karimova', 'Timur Rakhimov', 'Gulnara Tashieva',
    'Rustam Nazarov', 'Anahit Grigoryan', 'Leyla Mammadova', 'Nino Beridze', 'Olena Kovalenko',
  ],
  eastAsia: ['Li Wei', 'Wang Fang', 'Zhang Min', 'Chen Jing', 'Liu Yang', 'Batbayar Dorj', 'Oyunaa Bat-Erdene'],
  pacific: [
    'Mere Tuilau', 'Sione Vake', 'Ana Tuiasosopo', 'Losana Vuki', 'Tevita Fifita', 'Kaiafa Ioane',
    'Makerita Naiqama', 'Teiti Tebano', 'John Kaupa', 'Hilda Wasuka',
  ],
  north: [
    'Anna Schmidt', 'Kenji Tanaka', 'Laura Martínez', 'Ingrid Hansen', 'Sophie Tremblay', 'Min-jun Kim',
    'Claire Dubois', 'James Wilson', 'Sara Lindqvist', 'Marco Rossi', 'Inês Carvalho', 'Pieter de Vries',
  ],
};

/** Names in Arabic, Cyrillic and Chinese script, with the local part of a made-up email. */
export const SCRIPT_PEOPLE: Partial<Record<Lang, readonly (readonly [string, string])[]>> = {
  ar: [
    ['أحمد السيد', 'a.elsayed'],
    ['فاطمة بن علي', 'f.benali'],
    ['عمر حداد', 'o.haddad'],
    ['ليلى منصور', 'l.mansour'],
    ['يوسف العمراني', 'y.elamrani'],
    ['نور صالح', 'n.saleh'],
    ['كريم ناصر', 'k.nasser'],
    ['سميرة بوزيد', 's.bouzid'],
    ['رانيا خليل', 'r.khalil'],
    ['طارق بن صالح', 't.bensalah'],
  ],
  ru: [
    ['Айгерим Садыкова', 'a.sadykova'],
    ['Нурлан Абенов', 'n.abenov'],
    ['Дилноза Каримова', 'd.karimova'],
    ['Тимур Рахимов', 't.rakhimov'],
    ['Гульнара Ташиева', 'g.tashieva'],
    ['Рустам Назаров', 'r.nazarov'],
    ['Ануш Григорян', 'a.grigoryan'],
    ['Лейла Мамедова', 'l.mamedova'],
  ],
  zh: [
    ['李伟', 'li.wei'],
    ['王芳', 'wang.fang'],
    ['张敏', 'zhang.min'],
    ['陈静', 'chen.jing'],
    ['刘洋', 'liu.yang'],
    ['赵磊', 'zhao.lei'],
    ['孙丽', 'sun.li'],
    ['周涛', 'zhou.tao'],
  ],
};

/** Evocative words (often from local languages) used to invent names of NGOs, firms and funds. */
// prettier-ignore
export const WORDS: Record<Zone, readonly string[]> = {
  westAfrica: ['Teranga', 'Sankofa', 'Benkadi', 'Jigi', 'Yiriwa', 'Baobab', 'Kapok', 'Djoliba', 'Nafa', 'Sutura'],
  centralAfrica: ['Bondeko', 'Likelemba', 'Mboka', 'Okoumé', 'Sanza', 'Ebène', 'Moabi', 'Kisalu'],
  eastAfrica: ['Harambee', 'Umoja', 'Tumaini', 'Amani', 'Jamii', 'Nuru', 'Kilimo', 'Ushirika', 'Acacia', 'Imani'],
  southernAfrica: ['Ubuntu', 'Letsema', 'Masibambane', 'Tsoga', 'Jacaranda', 'Mopane', 'Khula', 'Pula'],
  arab: ['Amal', 'Nour', 'Tadamon', 'Atlas', 'Oasis', 'Nakhla', 'Sanad', 'Wafaa', 'Ghaith', 'Yasmine'],
  latam: ['Minga', 'Ayni', 'Pachamama', 'Ceiba', 'Quetzal', 'Cóndor', 'Esperanza', 'Semilla', 'Raíces', 'Tierra Viva', 'Sol Naciente', 'Guayacán'],
  caribbean: ['Konbit', 'Lakou', 'Hibiscus', 'Coral', 'Mangrove', 'Flamboyant', 'Sea Grape', 'Lignum'],
  lusophone: ['Nova Semente', 'Raízes', 'Esperança', 'Imbondeiro', 'Kanimambo', 'Djunta Mon', 'Morabeza', 'Ipê', 'Mandacaru', 'Embondeiro Verde'],
  southAsia: ['Maitri', 'Sahyog', 'Prerna', 'Banyan', 'Lotus', 'Ankur', 'Udaan', 'Deepshikha', 'Sabuj', 'Sathi'],
  westAsia: ['Çınar', 'Pınar', 'Anatolia Bridge', 'Simurgh', 'Golestan', 'Derya'],
  seAsia: ['Bayanihan', 'Gotong Royong', 'Bodhi', 'Monsoon', 'Padi', 'Mekong Light', 'Nipa', 'Rattan', 'Lotus Delta', 'Sampaguita'],
  centralAsia: ['Bereke', 'Tulpar', 'Nurly Zhol', 'Yurta', 'Shanyrak', 'Ipak Yo‘li', 'Ararat Light', 'Aral'],
  eastAsia: ['Bamboo Bridge', 'Silk Road Light', 'Jade River', 'Steppe Horizon', 'Plum Blossom', 'Blue Sky'],
  pacific: ['Talanoa', 'Vanua', 'Moana', 'Fanua', 'Mana', 'Lalanga', 'Tapa', 'Va'],
  north: ['Horizon', 'Mosaic', 'Lighthouse', 'Compass', 'Bridges', 'Pathways', 'Evergreen', 'Northstar', 'Wayfinder', 'Tidewater'],
};
