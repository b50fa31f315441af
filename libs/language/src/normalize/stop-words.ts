/**
 * Function words per language, in their folded form (lowercase, accents off for Latin
 * languages, Arabic folded): skipped when matching the glossary and computing concept vectors,
 * and the main evidence when telling English, French, Spanish and Portuguese apart.
 */
import type { SearchLang } from '../lang';

const RAW: Record<SearchLang, string> = {
  en: `a an the and or but nor of in on at to from by for with without within into onto over under
    about across after against along among around as before behind below between beyond during
    except inside near off out outside since through throughout till toward towards until upon via
    is are was were be been being am has have had having do does did doing will would shall should
    can could may might must this that these those it its itself they them their theirs we us our
    you your he him his she her i me my who whom whose which what where when why how all any
    both each few more most other some such no not only own same so than too very just also there
    here then once again further if because while whether either neither per etc s t`,
  fr: `le la les l un une des du de d au aux et ou mais ni donc or car a à en dans par pour sur sous
    avec sans chez vers entre contre depuis pendant avant apres après selon ce cet cette ces son sa
    ses leur leurs notre nos votre vos mon ma mes ton ta tes qui que qu quoi dont ou où il elle ils
    elles on nous vous je tu me te se lui y est sont etait était ete été etre être a ont avait ai as
    avons avez fait faire plus moins tres très aussi ne pas tout tous toute toutes meme même autre
    autres comme si lors afin ainsi cela ceci celui celle ceux celles dont n s c j m t`,
  es: `el la los las lo un una unos unas y e o u ni pero sino de del al a en con sin por para sobre
    entre hacia hasta desde durante contra segun según ante bajo tras que quien quienes cual cuales
    cuyo donde cuando como este esta estos estas ese esa esos esas aquel su sus mi mis tu tus nuestro
    nuestra nuestros nuestras es son era fue ser estar esta está estan están ha han hay habia había
    se le les me te nos no si sí mas más muy tambien también todo todos toda todas otro otra otros
    otras mismo misma cada ya`,
  pt: `o a os as um uma uns umas e ou mas nem de do da dos das em no na nos nas por pelo pela pelos
    pelas para com sem sobre entre ate até desde durante contra ao aos a à às que quem qual quais
    cujo onde quando como este esta estes estas esse essa esses essas aquele seu sua seus suas meu
    minha nosso nossa é sao são era foi ser estar esta está estao estão ha há tem têm se lhe lhes
    me te nao não sim mais muito tambem também todo todos toda todas outro outra outros outras mesmo
    cada ja já`,
  ar: `ال في من على الى إلى عن مع او أو و ثم بل لا لم لن ما ماذا هل قد كل بين عند حتى منذ لدى ذلك تلك هذا
    هذه هؤلاء الذي التي الذين اللذين اللتين هو هي هم هن انا أنا نحن انت أنت انتم كان كانت يكون تكون
    ان أن إن كما اي أي غير بعد قبل فوق تحت حول خلال ضد نحو عبر اذا إذا لكن او فى به بها لها له لهم
    منها منه فيها فيه عليها عليه الي وفي ومن وعلى والى وإلى وعن ومع`,
  ru: `и в во не что он на я с со как а то все она так его но да ты к у же вы за бы по только ее мне
    было вот от меня еще нет о из ему теперь когда даже ну вдруг ли если уже или ни быть был него до
    вас нибудь опять уж вам ведь там потом себя ничего ей может они тут где есть надо ней для мы тебя
    их чем была сам чтоб без будто чего раз тоже себе под будет ж тогда кто этот того потому этого
    какой совсем ним здесь этом один почти мой тем чтобы нее сейчас были куда зачем всех никогда
    можно при наконец два об другой хоть после над больше тот через эти нас про всего них какая
    много разве три эту моя впрочем хорошо свою этой перед иногда лучше чуть том нельзя такой им
    более всегда конечно всю между это также является являются их которые который которая которое
    которых`,
  zh: `的 了 和 与 及 或 在 是 为 对 以 于 而 并 等 之 其 中 也 将 把 被 从 向 由 这 那 这些 那些 一个`,
};

const fold: Record<SearchLang, (w: string) => string> = {
  en: (w) => w,
  fr: (w) => w.normalize('NFD').replace(/\p{M}/gu, ''),
  es: (w) => w.normalize('NFD').replace(/\p{M}/gu, ''),
  pt: (w) => w.normalize('NFD').replace(/\p{M}/gu, ''),
  ar: (w) => w.replace(/[أإآ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه'),
  ru: (w) => w.replace(/ё/g, 'е'),
  zh: (w) => w,
};

export const STOP_WORDS: Record<SearchLang, ReadonlySet<string>> = Object.fromEntries(
  (Object.keys(RAW) as SearchLang[]).map((lang) => [
    lang,
    new Set(RAW[lang].split(/\s+/).filter(Boolean).map(fold[lang])),
  ]),
) as unknown as Record<SearchLang, ReadonlySet<string>>;
