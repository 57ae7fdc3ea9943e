/**
 * Demo catalog of an electrical / tools / plumbing distributor. Each leaf category has a product
 * template: how titles, articles, options and prices are generated for it.
 */
export type Leaf = {
  name: string
  template: {
    title: (m: string, line: string, v: string) => string
    makers: string[]
    lines: string[]
    option: { title: string; values: string[] }
    unit: string
    price: [number, number]
    material?: string
    article: string
  }
}
export type Branch = { name: string; children: (Branch | Leaf)[] }

const T = (t: Leaf["template"]) => t

export const CATEGORY_TREE: Branch[] = [
  {
    name: "Электротехника",
    children: [
      {
        name: "Модульное оборудование",
        children: [
          {
            name: "Автоматические выключатели",
            template: T({
              title: (m, l, v) => `Автоматический выключатель ${m} ${l} 1P ${v} C`,
              makers: ["IEK", "EKF", "Schneider Electric", "ABB", "DEKraft"],
              lines: ["ВА47-29", "ВА47-63", "Easy9", "S201", "Basic"],
              option: { title: "Номинальный ток", values: ["10А", "16А", "25А", "32А"] },
              unit: "шт",
              price: [180, 1900],
              article: "MVA",
            }),
          },
          {
            name: "УЗО и дифавтоматы",
            template: T({
              title: (m, l, v) => `Дифференциальный автомат ${m} ${l} ${v} 30мА`,
              makers: ["IEK", "EKF", "Schneider Electric", "ABB"],
              lines: ["АД12", "АВДТ32", "Easy9", "DS201"],
              option: { title: "Номинальный ток", values: ["16А", "25А", "32А"] },
              unit: "шт",
              price: [900, 5200],
              article: "DIF",
            }),
          },
          {
            name: "Щиты и боксы",
            template: T({
              title: (m, l, v) => `Щит распределительный ${m} ${l} на ${v} модулей`,
              makers: ["IEK", "EKF", "DKC", "Legrand"],
              lines: ["ЩРН", "Practibox", "Nedbox", "Mini"],
              option: { title: "Количество модулей", values: ["12", "24", "36"] },
              unit: "шт",
              price: [600, 7800],
              material: "металл",
              article: "SHR",
            }),
          },
        ],
      },
      {
        name: "Электроустановочные изделия",
        children: [
          {
            name: "Розетки",
            template: T({
              title: (m, l, v) => `Розетка ${m} ${l} с заземлением, ${v}`,
              makers: ["Legrand", "Schneider Electric", "Werkel", "IEK"],
              lines: ["Etika", "Glossa", "Atlas Design", "Valena"],
              option: { title: "Цвет", values: ["белый", "бежевый", "антрацит"] },
              unit: "шт",
              price: [150, 900],
              article: "ROZ",
            }),
          },
          {
            name: "Выключатели",
            template: T({
              title: (m, l, v) => `Выключатель ${m} ${l} одноклавишный, ${v}`,
              makers: ["Legrand", "Schneider Electric", "Werkel"],
              lines: ["Etika", "Glossa", "Valena"],
              option: { title: "Цвет", values: ["белый", "бежевый", "антрацит"] },
              unit: "шт",
              price: [140, 850],
              article: "VYK",
            }),
          },
        ],
      },
      {
        name: "Кабель и провод",
        children: [
          {
            name: "Силовой кабель",
            template: T({
              title: (m, l, v) => `Кабель ${l} ${v} ${m}`,
              makers: ["Кабэкс", "Севкабель", "Электрокабель НН", "Конкорд"],
              lines: ["ВВГнг(А)-LS", "ВВГ-Пнг(А)", "АВВГ"],
              option: { title: "Сечение", values: ["3x1.5", "3x2.5", "5x4", "5x6"] },
              unit: "м",
              price: [45, 420],
              material: "медь",
              article: "KAB",
            }),
          },
          {
            name: "Провод монтажный",
            template: T({
              title: (m, l, v) => `Провод ${l} ${v} ${m}`,
              makers: ["Кабэкс", "Конкорд", "Севкабель"],
              lines: ["ПуГВ", "ПВС", "ШВВП"],
              option: { title: "Сечение", values: ["1x1.5", "1x2.5", "2x0.75", "3x1.5"] },
              unit: "м",
              price: [12, 140],
              material: "медь",
              article: "PRV",
            }),
          },
        ],
      },
    ],
  },
  {
    name: "Освещение",
    children: [
      {
        name: "Лампы",
        children: [
          {
            name: "Светодиодные лампы",
            template: T({
              title: (m, l, v) => `Лампа светодиодная ${m} ${l} A60 ${v} E27`,
              makers: ["Gauss", "Navigator", "Feron", "IEK", "Osram"],
              lines: ["Elementary", "NLL", "LB-93", "LLE", "Value"],
              option: { title: "Мощность", values: ["7Вт", "10Вт", "12Вт", "15Вт"] },
              unit: "шт",
              price: [55, 390],
              article: "LED",
            }),
          },
          {
            name: "Лампы-свечи",
            template: T({
              title: (m, l, v) => `Лампа светодиодная ${m} ${l} свеча ${v} E14`,
              makers: ["Gauss", "Navigator", "Feron"],
              lines: ["Elementary", "NLL", "LB-70"],
              option: { title: "Мощность", values: ["5Вт", "7Вт", "9Вт"] },
              unit: "шт",
              price: [60, 320],
              article: "SVE",
            }),
          },
        ],
      },
      {
        name: "Светильники",
        children: [
          {
            name: "Офисные светильники",
            template: T({
              title: (m, l, v) => `Светильник светодиодный ${m} ${l} 595x595 ${v}`,
              makers: ["Gauss", "IEK", "Feron", "Ардатов"],
              lines: ["ДВО", "Офис", "AL2115"],
              option: { title: "Мощность", values: ["36Вт", "40Вт"] },
              unit: "шт",
              price: [900, 3500],
              article: "SVO",
            }),
          },
          {
            name: "Прожекторы",
            template: T({
              title: (m, l, v) => `Прожектор светодиодный ${m} ${l} ${v} IP65`,
              makers: ["Gauss", "IEK", "Navigator", "Feron"],
              lines: ["Elementary", "СДО", "NFL"],
              option: { title: "Мощность", values: ["30Вт", "50Вт", "100Вт"] },
              unit: "шт",
              price: [450, 4200],
              article: "PRJ",
            }),
          },
        ],
      },
    ],
  },
  {
    name: "Инструмент",
    children: [
      {
        name: "Электроинструмент",
        children: [
          {
            name: "Дрели и шуруповёрты",
            template: T({
              title: (m, l, v) => `Дрель-шуруповёрт аккумуляторная ${m} ${l} ${v}`,
              makers: ["Makita", "Bosch", "DeWalt", "Интерскол", "Зубр"],
              lines: ["DF", "GSR", "DCD", "ДА", "ДШЛ"],
              option: { title: "Напряжение", values: ["12В", "18В"] },
              unit: "шт",
              price: [3900, 21000],
              article: "DRL",
            }),
          },
          {
            name: "Перфораторы",
            template: T({
              title: (m, l, v) => `Перфоратор ${m} ${l} SDS-plus ${v}`,
              makers: ["Makita", "Bosch", "Интерскол", "Зубр"],
              lines: ["HR", "GBH", "П-26", "ЗП"],
              option: { title: "Мощность", values: ["800Вт", "1000Вт"] },
              unit: "шт",
              price: [5200, 24000],
              article: "PRF",
            }),
          },
          {
            name: "Шлифмашины",
            template: T({
              title: (m, l, v) => `Угловая шлифмашина ${m} ${l} ${v}`,
              makers: ["Makita", "Bosch", "Интерскол", "Зубр"],
              lines: ["GA", "GWS", "УШМ"],
              option: { title: "Диаметр диска", values: ["125 мм", "230 мм"] },
              unit: "шт",
              price: [3100, 14000],
              article: "USM",
            }),
          },
        ],
      },
      {
        name: "Ручной инструмент",
        children: [
          {
            name: "Отвёртки",
            template: T({
              title: (m, l, v) => `Отвёртка диэлектрическая ${m} ${l} ${v}`,
              makers: ["Kraftool", "Зубр", "KNIPEX", "Wera"],
              lines: ["Expert", "Профи", "VDE"],
              option: { title: "Шлиц", values: ["SL4", "SL5.5", "PH1", "PH2"] },
              unit: "шт",
              price: [190, 1400],
              article: "OTV",
            }),
          },
          {
            name: "Клещи и пассатижи",
            template: T({
              title: (m, l, v) => `Пассатижи ${m} ${l} ${v}`,
              makers: ["KNIPEX", "Kraftool", "Зубр"],
              lines: ["Cobra", "Expert", "Профи"],
              option: { title: "Длина", values: ["160 мм", "180 мм", "200 мм"] },
              unit: "шт",
              price: [450, 4600],
              material: "сталь",
              article: "PAS",
            }),
          },
        ],
      },
    ],
  },
  {
    name: "Сантехника",
    children: [
      {
        name: "Трубы и фитинги",
        children: [
          {
            name: "Полипропиленовые трубы",
            template: T({
              title: (m, l, v) => `Труба полипропиленовая ${m} ${l} PN20 ${v}`,
              makers: ["Valtec", "Rehau", "Pro Aqua", "FV-Plast"],
              lines: ["PPR", "Stabi", "Classic"],
              option: { title: "Диаметр", values: ["20 мм", "25 мм", "32 мм"] },
              unit: "м",
              price: [35, 260],
              material: "полипропилен",
              article: "TRP",
            }),
          },
          {
            name: "Фитинги",
            template: T({
              title: (m, l, v) => `Муфта ${m} ${l} ${v}`,
              makers: ["Valtec", "Rehau", "Pro Aqua"],
              lines: ["VTp", "Rautitan", "PPR"],
              option: { title: "Диаметр", values: ["20 мм", "25 мм", "32 мм"] },
              unit: "шт",
              price: [15, 480],
              article: "FIT",
            }),
          },
        ],
      },
      {
        name: "Запорная арматура",
        children: [
          {
            name: "Шаровые краны",
            template: T({
              title: (m, l, v) => `Кран шаровой ${m} ${l} ${v} ВР-ВР`,
              makers: ["Valtec", "Bugatti", "Itap", "Tiemme"],
              lines: ["Base", "Perfect", "Ideal"],
              option: { title: "Диаметр", values: ['1/2"', '3/4"', '1"'] },
              unit: "шт",
              price: [240, 2600],
              material: "латунь",
              article: "KRN",
            }),
          },
        ],
      },
    ],
  },
  {
    name: "Крепёж",
    children: [
      {
        name: "Метизы",
        children: [
          {
            name: "Саморезы",
            template: T({
              title: (m, l, v) => `Саморез ${m} ${l} ${v} (упак. 200 шт)`,
              makers: ["Fischer", "Зубр", "Tech-Krep", "Hilti"],
              lines: ["по дереву", "по металлу", "кровельный"],
              option: { title: "Размер", values: ["3.5x25", "3.5x35", "4.2x51"] },
              unit: "упак",
              price: [90, 780],
              material: "сталь",
              article: "SAM",
            }),
          },
          {
            name: "Анкеры и дюбели",
            template: T({
              title: (m, l, v) => `Дюбель ${m} ${l} ${v} (упак. 100 шт)`,
              makers: ["Fischer", "Hilti", "Sormat", "Tech-Krep"],
              lines: ["SX", "DUOPOWER", "HUD"],
              option: { title: "Размер", values: ["6x30", "8x40", "10x50"] },
              unit: "упак",
              price: [120, 1900],
              material: "нейлон",
              article: "DUB",
            }),
          },
        ],
      },
    ],
  },
  {
    name: "Спецодежда и СИЗ",
    children: [
      {
        name: "Спецодежда",
        children: [
          {
            name: "Рабочие костюмы",
            template: T({
              title: (m, l, v) => `Костюм рабочий ${m} ${l}, размер ${v}`,
              makers: ["Техноавиа", "Восток-Сервис", "Энергоконтракт"],
              lines: ["Мастер", "Профессионал", "Стандарт"],
              option: { title: "Размер", values: ["48-50", "52-54", "56-58"] },
              unit: "шт",
              price: [1500, 6900],
              material: "смесовая ткань",
              article: "KOS",
            }),
          },
          {
            name: "Перчатки",
            template: T({
              title: (m, l, v) => `Перчатки рабочие ${m} ${l}, размер ${v} (упак. 12 пар)`,
              makers: ["Манипула", "Gward", "Восток-Сервис"],
              lines: ["Нитрил", "Хлопок ПВХ", "Латекс"],
              option: { title: "Размер", values: ["9", "10"] },
              unit: "упак",
              price: [240, 1900],
              article: "PER",
            }),
          },
        ],
      },
    ],
  },
]

export const COUNTRIES: Record<string, string> = {
  IEK: "Россия",
  EKF: "Россия",
  DKC: "Россия",
  DEKraft: "Россия",
  Кабэкс: "Россия",
  Севкабель: "Россия",
  "Электрокабель НН": "Россия",
  Конкорд: "Россия",
  Gauss: "Россия",
  Navigator: "Россия",
  Feron: "Россия",
  Ардатов: "Россия",
  Интерскол: "Россия",
  Зубр: "Россия",
  Kraftool: "Россия",
  "Pro Aqua": "Россия",
  "Tech-Krep": "Россия",
  Техноавиа: "Россия",
  "Восток-Сервис": "Россия",
  Энергоконтракт: "Россия",
  Манипула: "Россия",
  Gward: "Россия",
  "Schneider Electric": "Франция",
  Legrand: "Франция",
  ABB: "Швейцария",
  Werkel: "Россия",
  Osram: "Германия",
  Makita: "Япония",
  Bosch: "Германия",
  DeWalt: "США",
  KNIPEX: "Германия",
  Wera: "Германия",
  Valtec: "Италия",
  Rehau: "Германия",
  "FV-Plast": "Чехия",
  Bugatti: "Италия",
  Itap: "Италия",
  Tiemme: "Италия",
  Fischer: "Германия",
  Hilti: "Лихтенштейн",
  Sormat: "Финляндия",
}

export const WAREHOUSES = [
  {
    name: "Склад Москва (Южный порт)",
    city: "Москва",
    address: "2-й Южнопортовый пр., д. 18",
    region_code: "central",
    region_name: "Центральный",
  },
  {
    name: "Склад Подольск",
    city: "Подольск",
    address: "ул. Бронницкая, д. 3",
    region_code: "central",
    region_name: "Центральный",
  },
  {
    name: "Склад Санкт-Петербург (Шушары)",
    city: "Санкт-Петербург",
    address: "Московское ш., д. 231",
    region_code: "northwest",
    region_name: "Северо-Западный",
  },
]
