/**
 * French, Spanish, German and Japanese words for the same groups as concepts-english.ts, folded the
 * same way (lower case, no accents, ß as ss). Japanese has no spaces, so its words match anywhere.
 * German "Gift" (poison) is only used in phrases: alone it is the English "gift".
 */
export const conceptsOtherLanguages: Record<string, string[]> = {
  child: [
    'enfant*', 'garcon*', 'fille', 'filles', 'fillette*', 'bebe', 'eleve*',
    'nino', 'ninos', 'nina', 'ninas', 'chico*', 'chica*', 'hijo*', 'hija*', 'alumno*',
    'kind', 'kinder', 'kindes', 'kindern', 'junge', 'jungen', 'madchen', 'schuler*', 'sohn', 'tochter',
    '子供', '子ども', 'こども', '男の子', '女の子', '赤ちゃん', '少女', '少年', '息子', '娘',
  ],
  adult: ['monsieur', 'homme', 'inconnu*', 'voisin*', 'hombre', 'senor', 'extrano*', 'desconocido*', 'vecino*', 'mann', 'fremde*', 'onkel', 'nachbar*', '知らない人', 'おじさん', '大人', '男の人'],
  stranger: ['inconnu*', 'extrano*', 'desconocido*', 'fremde*', '知らない人', '知らないおじさん', '知らない男'],
  undress: ['deshabill*', 'se desnud*', 'desvist*', 'ziehen sich aus', 'zieht sich aus', 'ausziehen', 'auszieh*', '服を脱', '脱が', '脱い'],
  naked: ['nu', 'nue', 'nus', 'nues', 'desnud*', 'nackt*', '裸', 'はだか'],
  sexualAlways: ['sexe', 'sexo', 'porno*', 'pornografi*', 'エッチ', 'セックス', 'ポルノ', 'わいせつ', '性的', 'sexuell*', 'sexuel*'],
  secrecy: ['ne rien dire', 'ne dis rien', 'ne le dis pas', 'ne dis pas', 'notre secret', "c'est un secret", "c'est notre secret", 'no se lo cuente*', 'no le digas', 'no digas', 'no se lo digas', 'es un secreto', 'nuestro secreto', 'verrate es nicht', 'verrat es nicht', 'sag es nicht', 'sag es niemandem', 'nicht verraten', 'unser geheimnis', '内緒', 'ないしょ', '秘密だよ', '誰にも言わない'],
  lure: ['bonbon*', 'sucrerie*', 'chocolat*', 'caramelo*', 'dulces', 'golosina*', 'chuche*', 'sussigkeit*', 'schokolade', 'お菓子', 'おかし', 'あめ', '飴', 'キャンディ'],
  meetAlone: ['viens chez moi', 'monte dans ma voiture', 'sube a mi coche', 'sube a mi carro', 'ven conmigo', 'steig in mein auto', 'komm mit mir', '車に乗', 'ついておいで'],
  notEating: ['arrete de manger', 'ne mange plus', 'ne mange pas', 'deja de comer', 'no come', 'nicht mehr isst', 'isst nicht', 'hungert', 'hungern', '食べない', '食べなく', '食事を抜'],
  bodyImage: ['grosse', 'gros', 'mince', 'maigre', 'gorda', 'gordo', 'delgada', 'delgado', 'flaca', 'dick', 'dunn', 'schlank', '太', '痩せ', 'やせ', 'デブ'],
  selfHarm: ['se fait du mal', 'se blesse', 'se couper', 'se coupe', 'se corta', 'hacerse dano', 'se hace dano', 'ritzt sich', 'verletzt sich', 'sich ritzen', '自傷', 'リストカット', '自分を傷つけ'],
  suicide: ['se suicider', 'suicide', 'veut mourir', 'veux mourir', 'suicidarse', 'suicidio', 'quiere morir', 'quiero morir', 'selbstmord', 'umbringen', 'sterben will', 'will sterben', '自殺', '死にたい'],
  alcohol: ['biere', 'vin', 'alcool', 'ivre', 'cerveza', 'vino', 'alcohol', 'borracho*', 'bier', 'wein', 'alkohol', 'betrunken', 'schnaps', 'お酒', 'ビール', '酒を飲', '酒'],
  tobacco: ['cigarette*', 'tabac', 'cigarrillo*', 'tabaco', 'zigarette*', 'tabak', 'タバコ', 'たばこ', '煙草'],
  smoking: ['fume', 'fument', 'fumer', 'fumant', 'fuma', 'fuman', 'fumando', 'fumar', 'raucht', 'rauchen', 'rauchend'],
  drugs: ['drogue*', 'droga*', 'drogen', '麻薬', '薬物', 'ドラッグ', 'クスリ'],
  gun: ['pistolet*', 'fusil*', 'arme a feu', 'arme', 'armes', 'pistola*', 'arma', 'armas', 'escopeta*', 'waffe', 'waffen', 'pistole*', 'gewehr*', '銃', '拳銃', 'ピストル', 'ライフル'],
  blade: ['couteau*', 'cuchillo*', 'navaja*', 'messer', 'ナイフ', '刃物', '包丁'],
  killing: ['tue', 'tuent', 'tuer', 'tue les', 'massacre', 'egorg*', 'du sang', 'plein de sang', 'mata', 'matan', 'matar', 'asesin*', 'sangre', 'totet', 'toten', 'getotet', 'ermord*', 'blutig*', 'blut', '殺', '血だらけ', '死体'],
  abuseAct: ['enlev* ... {child}', '{child} enlev*', 'kidnapp*', 'secuestr*', 'rapt*', 'entfuhr*', '誘拐', '虐待', '監禁'],
  abuser: ['pere', 'mere', 'parents', 'padre', 'madre', 'vater', 'mutter', 'eltern', '父親', '母親', '父', '母', '親'],
  hitting: ['frappe', 'frappent', 'battu*', 'pega', 'pegan', 'golpea*', 'schlagt', 'schlagen', 'verprugel*', '叩く', '殴る', 'たたく'],
  threatPhrase: ['viendra te chercher', 'vient te chercher', 'te regarde', 'te surveille', 'te suit', 'vendra por ti', 'viene por ti', 'te vigila', 'te observa', 'te sigue', 'beobachtet dich', 'dich ... beobachtet', 'zu dir kommt', 'kommt dich holen', 'dich holen', '迎えに来る', '見ている', '見てる', 'つけてくる'],
  menace: ['clown', 'homme', 'quelqu\'un', 'payaso', 'hombre', 'alguien', 'mann', 'jemand', 'ピエロ', 'おばけ', 'だれか', '知らない人'],
  group: ['etrangers', 'immigres', 'juifs', 'musulmans', 'arabes', 'noirs', 'gitanos', 'inmigrantes', 'extranjeros', 'judios', 'negros', 'auslander', 'juden', 'fluchtlinge', 'muslime', 'zigeuner', '外国人', '移民'],
  insult: ['sales', 'sale', 'rats', 'vermine', 'ladrones', 'sucios', 'basura', 'ratas', 'ungeziefer', 'dreckig', 'abschaum', '汚い', '嫌い', 'ゴキブリ'],
  bomb: ['bombe', 'bombes', 'explosif*', 'bomba', 'bombas', 'explosivo*', 'sprengstoff', '爆弾', '爆発物'],
  dangerousAlways: ['faire du poison', 'fabriquer du poison', 'mettre le feu', 'hacer veneno', 'como hacer veneno', 'prender fuego', 'gift mach*', 'wie man gift', 'gift herstell*', 'feuer legen', '毒の作り方', '毒を作', '放火', '火をつけ'],
  frighteningDeath: ['mort', 'morte', 'muerto', 'muerta'],
};
