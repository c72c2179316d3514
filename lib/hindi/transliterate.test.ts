import { describe, expect, it } from "vitest";
import { slugify, transliterate } from "./transliterate";

describe("transliterate", () => {
  it.each([
    ["निमंत्रण", "nimantran"],
    ["स्वीकारा", "svikara"],
    ["पुतिन", "putin"],
    ["जोंग", "jong"],
    ["भारत", "bharat"],
    ["राजनीति", "rajniti"],
    ["मानसून", "mansun"],
  ])("spells %s as %s", (hindi, latin) => {
    expect(transliterate(hindi)).toBe(latin);
  });

  it("returns lowercase ASCII words separated by single spaces, without punctuation", () => {
    expect(transliterate("  “पुतिन” ने, किम जोंग उन का निमंत्रण का स्वीकारा… ।")).toBe(
      "putin ne kim jong un ka nimantran ka svikara",
    );
  });

  describe("schwa deletion", () => {
    it.each([
      ["भारत", "bharat"],
      ["चुनाव", "chunav"],
      ["मतलब", "matlab"],
    ])("drops the word-final schwa: %s → %s", (hindi, latin) => {
      expect(transliterate(hindi)).toBe(latin);
    });

    it.each([
      ["न", "na"],
      ["व", "va"],
    ])("keeps the schwa of a one-consonant word: %s → %s", (hindi, latin) => {
      expect(transliterate(hindi)).toBe(latin);
    });

    it.each([
      ["मित्र", "mitra"],
      ["कार्य", "karya"],
      ["कृष्ण", "krishna"],
      ["विश्व", "vishva"],
      ["यज्ञ", "yagya"],
    ])("keeps the final schwa after a conjunct rising in sonority: %s → %s", (hindi, latin) => {
      expect(transliterate(hindi)).toBe(latin);
    });

    it.each([
      ["दोस्त", "dost"],
      ["धर्म", "dharm"],
      ["विपक्ष", "vipaksh"],
      ["पूर्व", "purv"],
      ["दर्द", "dard"],
    ])("drops the final schwa after any other conjunct: %s → %s", (hindi, latin) => {
      expect(transliterate(hindi)).toBe(latin);
    });

    it.each([
      ["भारतीय", "bhartiya"],
      ["राष्ट्रीय", "rashtriya"],
      ["प्रिय", "priya"],
      ["समय", "samay"],
    ])("keeps the final schwa only in -iya endings: %s → %s", (hindi, latin) => {
      expect(transliterate(hindi)).toBe(latin);
    });

    it.each([
      ["राजनीति", "rajniti"],
      ["निमंत्रण", "nimantran"],
      ["कमला", "kamla"],
      ["समझना", "samajhna"],
      ["अपना", "apna"],
      ["सरकार", "sarkar"],
    ])("drops a medial schwa between a vowel+consonant and a consonant+vowel: %s → %s", (hindi, latin) => {
      expect(transliterate(hindi)).toBe(latin);
    });

    it.each([
      ["कमलनाथ", "kamalnath"],
      ["मंगलवार", "mangalvar"],
      ["जवाहरलाल", "javaharlal"],
    ])("works right to left, so compounds keep the schwa of their first part: %s → %s", (hindi, latin) => {
      expect(transliterate(hindi)).toBe(latin);
    });

    it.each([
      ["संसद", "sansad"],
      ["महंगाई", "mahangai"],
      ["प्रातःकाल", "pratahkal"],
    ])("never drops a schwa carrying anusvara or visarga: %s → %s", (hindi, latin) => {
      expect(transliterate(hindi)).toBe(latin);
    });

    it.each([
      ["सहमति", "sahamti"],
      ["अफ़सरों", "afasron"],
    ])("has no morphology, so prefixed and inflected words can lose the wrong schwa: %s → %s", (hindi, latin) => {
      expect(transliterate(hindi)).toBe(latin);
    });
  });

  describe("vowels", () => {
    it("writes long vowels as single letters without diacritics", () => {
      expect(transliterate("बाज़ार पूजा दीदी आम ईद ऊपर")).toBe("bazar puja didi am id upar");
    });

    it("writes ऑ ए ऐ ओ औ ऋ as o e ai o au ri, as letters and as vowel signs", () => {
      expect(transliterate("ऑफ़िस डॉक्टर एक सेना ऐसा बैठक ओला लोग औरत कौन ऋषि कृषि")).toBe(
        "ofis doktar ek sena aisa baithak ola log aurat kaun rishi krishi",
      );
    });

    it("writes ए after a short vowel or आ as the glide 'ye'", () => {
      expect(transliterate("लिए गए हुए आए बताएं चाहिए")).toBe("liye gaye huye aye batayen chahiye");
    });

    it("keeps ए after ई or ऊ as 'e', since that is usually a spelled-out acronym", () => {
      expect(transliterate("पीएम जीएसटी यूएन")).toBe("piem jiesti yuen");
    });
  });

  describe("nasals and visarga", () => {
    it("writes anusvara as 'm' before प फ ब भ म", () => {
      expect(transliterate("संबंध चंपा गंभीर संभल")).toBe("sambandh champa gambhir sambhal");
    });

    it("writes anusvara as 'n' before other letters and at the end of a word", () => {
      expect(transliterate("हिंदी गंगा संयुक्त नहीं लोगों")).toBe("hindi ganga sanyukt nahin logon");
    });

    it("treats chandrabindu like anusvara", () => {
      expect(transliterate("माँ साँप गाँव हूँ")).toBe("man samp ganv hun");
    });

    it("writes visarga as 'h'", () => {
      expect(transliterate("दुःख अतः")).toBe("duhkh atah");
    });
  });

  describe("consonants", () => {
    it.each([
      ["क़ानून", "\u0958ानून", "qanun"],
      ["ख़बर", "\u0959बर", "khabar"],
      ["ग़रीब", "\u095Aरीब", "garib"],
      ["ज़मीन", "\u095Bमीन", "zamin"],
      ["फ़ैसला", "\u095Eैसला", "faisla"],
      ["पेड़", "पे\u095C", "per"],
      ["पढ़ाई", "प\u095Dाई", "parhai"],
    ])("spells nukta letters the same in decomposed (%s) and precomposed (%s) form: %s", (decomposed, precomposed, latin) => {
      expect(transliterate(decomposed.normalize("NFD"))).toBe(latin);
      expect(transliterate(precomposed)).toBe(latin);
    });

    it("spells ज्ञ क्ष त्र as gy ksh tr", () => {
      expect(transliterate("ज्ञान क्षेत्र त्रिपुरा")).toBe("gyan kshetra tripura");
    });

    it("spells श ष स च छ व य as sh sh s ch chh v y", () => {
      expect(transliterate("शिव भाषा सच छात्र वायु युवा")).toBe("shiv bhasha sach chhatra vayu yuva");
    });

    it("spells फ without nukta as 'ph' and with nukta as 'f'", () => {
      expect(transliterate("फल फ़िल्म")).toBe("phal film");
    });

    it("ignores ZWJ and ZWNJ inside words", () => {
      expect(transliterate("पक्\u200Dष र्\u200Cय")).toBe(transliterate("पक्ष र्य"));
    });
  });

  it.each([
    ["में", "mein"],
    ["हैं", "hain"],
    ["है", "hai"],
    ["मैं", "main"],
    ["सिंह", "singh"],
    ["ई-मेल", "e mel"],
  ])("spells the frequent word %s as newspapers do: %s", (hindi, latin) => {
    expect(transliterate(hindi)).toBe(latin);
  });

  it("reads जी directly after a number as the letter G, and as 'ji' elsewhere", () => {
    expect(transliterate("5जी ४जी मोदी जी")).toBe("5g 4g modi ji");
  });

  it("converts Devanagari digits and keeps thousands separators inside the number", () => {
    expect(transliterate("१२,३४,५६७ और 1,200")).toBe("1234567 aur 1200");
  });

  it("breaks numbers at other punctuation such as a decimal point", () => {
    expect(transliterate("4.8 प्रतिशत")).toBe("4 8 pratishat");
  });

  it("passes Latin letters through as lowercase ASCII without accents or apostrophes", () => {
    expect(transliterate("IPL Café India's")).toBe("ipl cafe indias");
  });

  it("drops scripts and symbols it cannot spell", () => {
    expect(transliterate("₹500 😀 ਪੰਜਾਬ नमस्ते")).toBe("500 namaste");
  });
});

describe("slugify", () => {
  it("joins transliterated words with hyphens", () => {
    expect(slugify("पुतिन ने किम जोंग उन का निमंत्रण का स्वीकारा…")).toBe(
      "putin-ne-kim-jong-un-ka-nimantran-ka-svikara",
    );
  });

  it("never produces leading, trailing or doubled hyphens", () => {
    expect(slugify(" — ‘भारत’ -- !! जीता — ")).toBe("bharat-jita");
  });

  it("cuts at the last word boundary that fits maxLength", () => {
    expect(slugify("प्रधानमंत्री मोदी ने किया नए संसद भवन का उद्घाटन", 26)).toBe("pradhanmantri-modi-ne-kiya");
    expect(slugify("प्रधानमंत्री मोदी ने किया नए संसद भवन का उद्घाटन", 25)).toBe("pradhanmantri-modi-ne");
  });

  it("is at most 80 characters long by default", () => {
    const slug = slugify("भारत ".repeat(30));
    expect(slug).toBe(Array(11).fill("bharat").join("-"));
    expect(slug.length).toBeLessThanOrEqual(80);
  });

  it("cuts a single word longer than maxLength instead of returning nothing", () => {
    expect(slugify("अंतरराष्ट्रीय", 10)).toBe("antarrasht");
  });

  it("returns an empty string only when nothing transliterable remains", () => {
    expect(slugify("")).toBe("");
    expect(slugify("।॥… “” — 😀")).toBe("");
    expect(slugify("… 1 …")).toBe("1");
  });

  it.each<[string, string]>([
    ["पुतिन ने किम जोंग उन का निमंत्रण का स्वीकारा…", "putin-ne-kim-jong-un-ka-nimantran-ka-svikara"],
    ["दिल्ली मेट्रो की ब्लू लाइन पर सेवाएं बाधित", "dilli-metro-ki-blu-lain-par-sevayen-badhit"],
    ["5जी सेवा अब 1,200 शहरों में उपलब्ध", "5g-seva-ab-1200-shahron-mein-uplabdh"],
    ["ई-चालान का झांसा देकर ठगी, साइबर पुलिस ने किया अलर्ट", "e-chalan-ka-jhansa-dekar-thagi-saibar-pulis-ne-kiya-alart"],
    ["टेक्नोलॉजी सेक्टर में 10 ह\u095Bार नई नौकरियां", "teknoloji-sektar-mein-10-hazar-nai-naukriyan"],
    ["बारिश से पहले \u095Bरूरी तैयारी", "barish-se-pahle-zaruri-taiyari"],
    ["बारिश से पहले \u091C\u093Cरूरी तैयारी", "barish-se-pahle-zaruri-taiyari"],
    ["“हम झुकेंगे नहीं”: किसानों का दिल्ली कूच", "ham-jhukenge-nahin-kisanon-ka-dilli-kuch"],
    ["मानसून ने पकड़ी रफ़्तार, 12 राज्यों में भारी बारिश का अलर्ट", "mansun-ne-pakri-raftar-12-rajyon-mein-bhari-barish-ka-alart"],
    ["शेयर बाज़ार में भारी गिरावट, सेंसेक्स 1,200 अंक टूटा", "sheyar-bazar-mein-bhari-giravat-senseks-1200-ank-tuta"],
    ["प्रधानमंत्री मोदी ने किया नए संसद भवन का उद्घाटन", "pradhanmantri-modi-ne-kiya-naye-sansad-bhavan-ka-udghatan"],
    ["राजनीति में नई पीढ़ी: युवाओं को टिकट देगी पार्टी", "rajniti-mein-nai-pirhi-yuvaon-ko-tikat-degi-parti"],
    ["भारत ने ऑस्ट्रेलिया को 6 विकेट से हराया", "bharat-ne-ostreliya-ko-6-viket-se-haraya"],
    ["चंद्रयान-3 की सफल लैंडिंग, इसरो ने रचा इतिहास", "chandrayan-3-ki-saphal-lainding-isro-ne-racha-itihas"],
    ["कमला हैरिस बोलीं- ‘लोकतंत्र ख़तरे में है’", "kamla-hairis-bolin-loktantra-khatre-mein-hai"],
    ["समझना होगा जलवायु परिवर्तन का असर", "samajhna-hoga-jalvayu-parivartan-ka-asar"],
    ["यूपी में 15 IAS अधिकारियों के तबादले", "yupi-mein-15-ias-adhikariyon-ke-tabadle"],
    ["बिहार चुनाव: पहले चरण में 64% मतदान", "bihar-chunav-pahle-charan-mein-64-matdan"],
    ["सोना 1,500 रुपये सस्ता, चांदी में भी गिरावट", "sona-1500-rupye-sasta-chandi-mein-bhi-giravat"],
    ["ट्रैफ़िक नियम तोड़ने पर अब लगेगा दोगुना जुर्माना", "traifik-niyam-torne-par-ab-lagega-doguna-jurmana"],
    ["राहुल गांधी बोले- बेरोज़गारी सबसे बड़ा मुद्दा", "rahul-gandhi-bole-berozgari-sabse-bara-mudda"],
    ["मुंबई में 24 घंटे में 200 मिमी बारिश, लोकल ट्रेनें ठप", "mumbai-mein-24-ghante-mein-200-mimi-barish-lokal-trenen-thap"],
    ["\u0958ुतुब मीनार के पास खुदाई पर रोक", "qutub-minar-ke-pas-khudai-par-rok"],
    ["फ\u093Cिल्म ‘जवान’ ने पहले दिन कमाए 75 करोड़", "film-javan-ne-pahle-din-kamaye-75-karor"],
    ["विश्व कप 2023: भारत की लगातार 10वीं जीत", "vishva-kap-2023-bharat-ki-lagatar-10vin-jit"],
    ["महंगाई दर घटकर 4.8 प्रतिशत पर आई", "mahangai-dar-ghatkar-4-8-pratishat-par-ai"],
    ["उत्तर प्रदेश में 1,200 करोड़ की मेट्रो परियोजना को मंज़ूरी", "uttar-pradesh-mein-1200-karor-ki-metro-pariyojna-ko-manzuri"],
    ["॥ जय श्री राम ॥ के नारों से गूंजी अयोध्या", "jay-shri-ram-ke-naron-se-gunji-ayodhya"],
    ["सुप्रीम कोर्ट ने कहा- निजता मौलिक अधिकार है।", "suprim-kort-ne-kaha-nijta-maulik-adhikar-hai"],
    ["ऑनलाइन गेमिंग पर 28% जीएसटी लागू", "onlain-geming-par-28-jiesti-lagu"],
    ["“ऐसा कभी नहीं देखा”… बाढ़ से तबाह गांवों की कहानी", "aisa-kabhi-nahin-dekha-barh-se-tabah-ganvon-ki-kahani"],
    ["क्रिकेट: विराट कोहली ने जड़ा 50वां वनडे शतक", "kriket-virat-kohli-ne-jara-50van-vande-shatak"],
    ["किसान आंदोलन: सरकार और संगठनों के बीच बातचीत बेनतीजा", "kisan-andolan-sarkar-aur-sangathnon-ke-bich-batchit-bentija"],
    ["स्वतंत्रता दिवस पर लाल क\u093Cिले से पीएम का संबोधन", "svatantrata-divas-par-lal-qile-se-piem-ka-sambodhan"],
    ["ग़ज़ा में संघर्ष विराम पर बातचीत शुरू...", "gaza-mein-sangharsh-viram-par-batchit-shuru"],
    ["आईपीएल 2024: धोनी की टीम ने जीता ख़िताब", "aipiel-2024-dhoni-ki-tim-ne-jita-khitab"],
    ["सिंह बोले- ‘अब वक़्त है बदलाव का’", "singh-bole-ab-vaqt-hai-badlav-ka"],
    ["मैं हार नहीं मानूंगी: विनेश फोगाट", "main-har-nahin-manungi-vinesh-phogat"],
    ["दिल्ली-एनसीआर में प्रदूषण ‘गंभीर’, स्कूल बंद", "dilli-ensiar-mein-pradushan-gambhir-skul-band"],
    ["मौसम विभाग की चेतावनी: अगले 48 घंटे भारी", "mausam-vibhag-ki-chetavni-agle-48-ghante-bhari"],
    ["अंतरराष्ट्रीय योग दिवस पर 10 हजार लोगों ने किया योग", "antarrashtriya-yog-divas-par-10-hajar-logon-ne-kiya-yog"],
    ["भारतीय रेलवे ने रद्द कीं 300 ट्रेनें", "bhartiya-relve-ne-radd-kin-300-trenen"],
    ["गूगल ने लॉन्च किया नया AI टूल, हिंदी में भी करेगा काम", "gugal-ne-lonch-kiya-naya-ai-tul-hindi-mein-bhi-karega-kam"],
    ["मणिपुर हिंसा पर संसद में हंगामा, कार्यवाही स्थगित", "manipur-hinsa-par-sansad-mein-hangama-karyavahi-sthagit"],
    ["१५ अगस्त से पहले ८ नए वंदे भारत रूट", "15-agast-se-pahle-8-naye-vande-bharat-rut"],
    ["सीबीआई ने 'घूसख़ोरी' मामले में इंजीनियर को पकड़ा", "sibiai-ne-ghuskhori-mamle-mein-injiniyar-ko-pakra"],
  ])("turns the headline %s into %s", (headline, slug) => {
    expect(slugify(headline)).toBe(slug);
    expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});
