import { expect } from '@open-wc/testing';
import { foldKey, foldText, foldWords } from './fold.js';

/** Every spelling must fold to `key`; asserting the key itself pins the scheme down. */
function expectAllFoldTo(key: string, spellings: readonly string[]): void {
  for (const spelling of spellings) {
    expect(foldKey(spelling), spelling).to.equal(key);
  }
}

describe('foldKey', () => {
  describe('one name, every script and romanisation', () => {
    it('Oskemen: Kazakh Cyrillic, 2021 Latin, English, lower case', () => {
      expectAllFoldTo('oskemen', ['Өскемен', 'Öskemen', 'Oskemen', 'oskemen']);
    });

    it('Ust-Kamenogorsk: hyphen, space and Cyrillic meet', () => {
      expectAllFoldTo('ustkamenogorsk', [
        'Усть-Каменогорск',
        'Ust-Kamenogorsk',
        'усть каменогорск',
        'УСТЬ-КАМЕНОГОРСК',
        "Ust'-Kamenogorsk",
      ]);
    });

    it('East Kazakhstan: 2021 Latin ş/ğ, BGN sh/gh, OSM ı', () => {
      expectAllFoldTo('shigiskazakstan', [
        'Шығыс Қазақстан',
        'Şyğys Qazaqstan',
        'Shyghys Qazaqstan',
        'Şığıs Qazaqstan',
      ]);
    });

    it('Jetisu: ж as j (Kazakh Latin) and zh (ICAO), і written as y or ı', () => {
      expectAllFoldTo('zhetisu', ['Жетісу', 'Jetisu', 'Zhetysu', 'Zhetisu', 'Jetısu']);
    });

    it('Qaraghandy: қ/q/k and ғ/gh/g', () => {
      expectAllFoldTo('karagandi', ['Қарағанды', 'Qaraghandy', 'Karagandy']);
    });

    it('Aqtöbe: ө and ö', () => {
      expectAllFoldTo('aktobe', ['Ақтөбе', 'Aqtöbe', 'Aktobe', 'AKTOBE']);
    });

    it('х: ICAO kh, Kazakh Latin h', () => {
      expectAllFoldTo('borodulika', ['Бородулиха', 'Borodulikha', 'Boroduliha']);
      expectAllFoldTo('shemonaika', ['Шемонаиха', 'Shemonaikha']);
    });

    it('Almaty and Qonaev', () => {
      expectAllFoldTo('almati', ['Алматы', 'Almaty']);
      expectAllFoldTo('konaev', ['Қонаев', 'Qonaev', 'Konaev', 'Конаев']);
    });

    it('Russian Казахстан meets Kazakh Қазақстан (х and қ both fold to k)', () => {
      expectAllFoldTo('kazakstan', ['Казахстан', 'Қазақстан', 'Kazakhstan', 'Qazaqstan']);
    });

    it('Mangystau: ң ñ n, ғ ğ gh, and the doubled g of Mangghystau', () => {
      expectAllFoldTo('mangistau', ['Маңғыстау', 'Mañğystau', 'Mangghystau', 'Mangistau']);
    });

    it('Ulytau: w (ISO/OSM) is u', () => {
      expectAllFoldTo('ulitau', ['Ұлытау', 'Улытау', 'Ulıtaw', 'Ulytau']);
    });
  });

  describe('ICAO Doc 9303 for Russian letters', () => {
    it('щ = shch, ч = ch', () => {
      expectAllFoldTo('shtshutshinsk', ['Щучинск', 'Shchuchinsk', 'SHCHUCHINSK']);
    });

    it('ч, ç and ch agree', () => {
      expectAllFoldTo('tshapaev', ['Чапаев', 'Chapaev', 'Çapaev']);
    });

    it('ц = ts, and a Latin c reads as ts', () => {
      expectAllFoldTo('tselinograd', ['Целиноград', 'Tselinograd', 'Celinograd']);
    });

    it('ж = zh, х = kh, ю = iu, я = ia (and English Yu/Ya)', () => {
      expect(foldKey('Жанна')).to.equal('zhana');
      expectAllFoldTo('iuri', ['Юрий', 'Iurii', 'Yuriy', 'Yuri']);
      expectAllFoldTo('aiagoz', ['Аягөз', 'Аягоз', 'Ayagoz']);
    });

    it('ь disappears, ъ = ie, ё and э = e', () => {
      expect(foldKey('Усть')).to.equal('ust');
      expect(foldKey('Подъём')).to.equal('podiem');
      expect(foldKey('Эмба')).to.equal(foldKey('Emba'));
    });

    it('-ский / -sky / -skiy / -skii meet (й and y fold to i, i-runs collapse)', () => {
      expectAllFoldTo('glubokovski', ['Глубоковский', 'Glubokovsky', 'Glubokovskiy', 'Glubokovskii']);
    });
  });

  describe('Kazakh Latin 2018 (Kazinform)', () => {
    it('й as ı, and English -ay, meet Костанай', () => {
      expectAllFoldTo('kostanai', ['Qostanaı', 'Qostanay', 'Костанай', 'Қостанай', 'Kostanay']);
    });

    it('у as ý (not y), ң as ń, ж as j: a whole sentence', () => {
      expect(foldKey('Qostanaı oblysynda jańa aýyldyq okrýg')).to.equal(
        foldKey('Қостанай облысында жаңа ауылдық округ'),
      );
      expect(foldKey('aýyl')).to.equal('auil');
    });

    it('ә as á, ө as ó, ү as ú, ғ as ǵ', () => {
      expect(foldKey('Ábdi')).to.equal(foldKey('Әбді'));
      expect(foldKey('Óskemen')).to.equal('oskemen');
      expect(foldKey('Úrjar')).to.equal(foldKey('Үржар'));
      expect(foldKey('Baıǵanın')).to.equal(foldKey('Байғанин'));
    });
  });

  describe('case and Unicode forms', () => {
    it('folds case, including the dotted capital İ of 2021 Latin', () => {
      expectAllFoldTo('oskemen', ['ÖSKEMEN', 'öSkEmEn']);
      expect(foldKey('İle')).to.equal('ile');
      expect(foldKey('ILE')).to.equal('ile');
    });

    it('treats decomposed input like composed input (ş must still become sh)', () => {
      expect(foldKey('O\u0308skemen')).to.equal('oskemen');
      expect(foldKey('S\u0327yg\u0306ys')).to.equal('shigis');
    });

    it('ŋ (January-2021 draft) and ñ are both n', () => {
      expect(foldKey('Jaŋasemei')).to.equal('zhanasemei');
      expect(foldKey('Jañasemei')).to.equal('zhanasemei');
      expect(foldKey('Жаңасемей')).to.equal('zhanasemei');
    });
  });

  describe('punctuation, spaces and digits', () => {
    it('drops spaces, hyphens, dots and other punctuation', () => {
      expectAllFoldTo('gkonaev', ['г.Қонаев', 'г. Қонаев', '(г. Қонаев)', 'Г — Конаев!']);
    });

    it('removes apostrophes inside a word instead of splitting it', () => {
      expect(foldKey("O'skemen")).to.equal('oskemen');
      expect(foldWords("O'skemen")).to.deep.equal(['oskemen']);
    });

    it('keeps digits', () => {
      expect(foldKey('Район №2')).to.equal('raion2');
      expect(foldKey('школа 12')).not.to.equal(foldKey('школа 1'));
    });

    it('returns "" for empty, blank and punctuation-only input', () => {
      expect(foldKey('')).to.equal('');
      expect(foldKey('   ')).to.equal('');
      expect(foldKey(' - . ,')).to.equal('');
      expect(foldKey('ь')).to.equal('');
    });

    it('does not form a digraph across a word boundary', () => {
      // "s h" is two words: s + h(→k), not the digraph sh.
      expect(foldKey('Aks Hor')).to.equal('akskor');
      expect(foldKey('Akshor')).to.equal('akshor');
    });
  });

  describe('keeps different names apart', () => {
    it('does not merge distinct names', () => {
      const names = ['Ақсу', 'Ақсуат', 'Семей', 'Сәтбаев', 'Абай', 'Алтай', 'Зайсан', 'Жарма', 'Шар'];
      const keys = names.map(foldKey);
      expect(new Set(keys).size).to.equal(names.length);
    });
  });

  describe('prefix property (typing one letter at a time)', () => {
    // A picker filters as the user types: a half-typed name, digraph included, must fold
    // to a prefix of the whole name's key, or the option would flicker out and back.
    const names = [
      'Borodulikha',
      'Shchuchinsk',
      'Ust-Kamenogorsk',
      'Shyghys Qazaqstan',
      'Şyğys Qazaqstan',
      'Zhezkazgan',
      'Chapaev',
      'Qaraghandy',
      'Glubokovskiy',
      'Yuriy',
      'Mangghystau',
      'Бородулиха',
      'Щучинск',
      'Өскемен қаласы',
      'Ridder',
    ];
    for (const name of names) {
      it(`holds for every prefix of ${name}`, () => {
        const full = foldKey(name);
        for (let end = 1; end < name.length; end++) {
          const prefix = name.slice(0, end);
          expect(full.startsWith(foldKey(prefix)), `${prefix} → ${foldKey(prefix)} vs ${full}`).to
            .be.true;
        }
      });
    }
  });
});

describe('foldWords', () => {
  it('splits on spaces, hyphens and dots, folding each word', () => {
    expect(foldWords('г. Усть-Каменогорск')).to.deep.equal(['g', 'ust', 'kamenogorsk']);
    expect(foldWords('Өскемен қаласы')).to.deep.equal(['oskemen', 'kalasi']);
    expect(foldWords('Şyğys  Qazaqstan oblysy')).to.deep.equal(['shigis', 'kazakstan', 'oblisi']);
  });

  it('returns no words for empty or punctuation-only input', () => {
    expect(foldWords('')).to.deep.equal([]);
    expect(foldWords('  -- . ')).to.deep.equal([]);
  });

  it('folds each word like foldKey folds it alone', () => {
    for (const word of foldWords('Бородулиха ауданы, Borodulikha District')) {
      expect(word).to.equal(foldKey(word));
    }
    expect(foldWords('Бородулиха Borodulikha')).to.deep.equal(['borodulika', 'borodulika']);
  });
});

describe('foldText', () => {
  it('gives the same key and words as foldKey and foldWords', () => {
    for (const text of ['Ak Kol', 'г. Усть-Каменогорск', '', 'Qostanaı oblysy']) {
      const folded = foldText(text);
      expect(folded.key, text).to.equal(foldKey(text));
      expect(folded.words, text).to.deep.equal(foldWords(text));
    }
  });
});

describe('numbers in names', () => {
  it('keeps repeated digits, so numbered places and councils stay apart', () => {
    expect(foldKey('District 11')).not.to.equal(foldKey('District 1'));
    expect(foldKey('Совет 2999')).to.equal(foldKey('sovet 2999'));
    expect(foldKey('Школа №100')).not.to.equal(foldKey('Школа №10'));
  });
});
