import type { Catalog } from '../../catalog';
import { plural } from '../../plural';

/** VERIFY.txt and the verifier's words in Bosnian. Commands and file names stay as they are. */
export const pack: Catalog['pack'] = {
  verifyText: {
    title: 'Kako provjeriti ovaj paket dokaza',
    packFormat: 'Format paketa',
    madeAt: 'Napravljeno (UTC)',
    exporter: 'Autor izvoza',
    signingKey: 'Ključ za potpisivanje',
    keyFingerprint: 'Otisak ključa',
    fingerprintNote: '(SHA-256 javnog ključa, DER SPKI)',
    intro:
      'Za ove komande potrebni su samo unzip, sha256sum i openssl, a ne i povjerenje u Dokaz. Pokrenite ih u terminalu, u folderu u kojem se nalazi {zip}.',
    proves: {
      unzip: 'Raspakuje paket u folder „pack“ i ulazi u njega.',
      sumsSignature:
        'Dokazuje da je SHA256SUMS, listu hash vrijednosti svih datoteka, potpisao privatni ključ čija je javna polovina public-key.pem.',
      sums: 'Dokazuje da svaka datoteka ima hash vrijednost koju navodi SHA256SUMS: nijedna datoteka nije izmijenjena otkako je lista potpisana.',
      manifestSignature:
        'Dokazuje da je manifest.json (podaci o svim zapisima, svaka datoteka s veličinom i hash vrijednošću, sažetak dokaznog lanca) potpisan istim ključem.',
      fingerprint:
        'Povezuje ključ s autorom izvoza: otisak mora biti isti kao onaj prikazan u postavkama Dokaza kod autora izvoza.',
    },
    expectedOutput: 'Očekivani ispis: {expected}',
    expectedList: 'po jedan red za svaku datoteku, a svaki završava sa „OK“, npr.',
    otherwise:
      'Ako neka komanda ispiše bilo šta drugo („Verification failure“, „FAILED“, drugačiji otisak), paket nije onakav kakav je bio kad je potpisan: ne oslanjajte se na njega.',
    moreIntro: 'Ove komande provjeravaju datoteke i potpise. Program za provjeru koji dolazi uz Dokaz,',
    moreChecks:
      'kao i stranica za provjeru u proširenju Dokaz, provjeravaju i da nijedna datoteka ne nedostaje niti je suvišna, šemu manifesta i događaje dokaznog lanca u custody.jsonl: hash vrijednost svakog događaja, lanac između uzastopnih događaja, događaj „dokumentovano“ (captured) za svaki zapis i događaj „izvezeno“ (exported) za ovaj izvoz. Navode datoteku ili provjeru koja nije uspjela.',
    windowsHeading: 'Na Windowsu',
    windowsGit:
      'Git for Windows (https://git-scm.com/download/win) donosi openssl, sha256sum i Bash terminal, „Git Bash“.',
    windowsUnzip:
      'Raspakujte ZIP: kliknite na njega desnim dugmetom miša, izaberite „Extract All...“ i raspakujte ga u folder „pack“; ili u PowerShellu:',
    windowsBash:
      'Otvorite Git Bash u folderu „pack“ (desni klik u folderu, „Open Git Bash here“) i pokrenite gornje komande od 2 do 5. Iz cmd.exe openssl se pokreće ovako: {openssl}.',
    windowsNoGit:
      'Bez Gita Windows može izračunati hash vrijednost jedne po jedne datoteke; uporedite je s redom te datoteke u SHA256SUMS (velika ili mala slova nisu bitna):',
    windowsPowerShell: 'ili u PowerShellu:',
    windowsNoSignatures: 'Time se provjerava hash vrijednost datoteke, ali ne i potpisi: njih provjerava samo openssl.',
    macHeading: 'Na macOS-u',
    mac: 'Ako sha256sum nedostaje, koristite „shasum -a 256 -c SHA256SUMS“ za korak 3 i „shasum -a 256“ u koraku 5.',
  },

  checks: {
    zip: 'Paket se otvara kao ZIP, svaka stavka je čitljiva i ima siguran naziv',
    'manifest-json': 'manifest.json je JSON u kodiranju UTF-8',
    'manifest-schema': 'manifest.json ima sve članove formata dokaz-pack/1, svaki odgovarajućeg tipa',
    'public-key': 'public-key.pem je ECDSA P-256 javni ključ',
    'key-fingerprint': 'public-key.pem je ključ koji manifest.json navodi za autora izvoza',
    signature: 'manifest.sig i SHA256SUMS.sig uspješno se provjeravaju ključem public-key.pem',
    sha256sums: 'SHA256SUMS navodi svaku datoteku tačno jednom, pravilnim redom, i svaka hash vrijednost odgovara',
    'file-hash': 'Svaka datoteka ima veličinu i SHA-256 koje navodi manifest.json',
    'missing-file': 'Nijedna datoteka ne nedostaje',
    'extra-file': 'Nema suvišnih datoteka',
    capture: 'Stavka svakog zapisa u manifest.json slaže se s podacima o zapisu',
    record: 'Svaki record.json je kanonski JSON podataka o zapisu iz manifesta',
    'record-hash': 'Hash vrijednost svakog record.json jednaka je njegovom recordSha256',
    artifact: 'Svaka datoteka zapisa ima veličinu i SHA-256 koje navode podaci o zapisu',
    'custody-json': 'custody.jsonl sadrži po jedan događaj dokaznog lanca u kanonskom JSON-u u svakom redu',
    'custody-hash': 'Hash vrijednost svakog događaja dokaznog lanca može se ponovo izračunati iz njegovih polja',
    'custody-chain': 'Događaji dokaznog lanca slijede pravilnim redoslijedom, svaki povezan s prethodnim',
    'custody-gap': 'Izostavljeni događaji dokaznog lanca koji se odnose na druge zapise',
    'custody-captures':
      'Svaki zapis ima svoj događaj „dokumentovano“ s hash vrijednošću svojih podataka i nijedan nije izbrisan',
    'custody-export': 'Posljednji događaj dokaznog lanca je ovaj izvoz, kako navodi manifest.json',
    'not-checked': 'Provjere koje nije bilo moguće izvršiti',
    verifier: 'Program za provjeru izvršio je svaku provjeru do kraja',
  },

  verdict: {
    heading: 'Dokaz: paket dokaza',
    headingFormat: plural({
      one: 'Dokaz: paket dokaza {format}, {count} zapis',
      few: 'Dokaz: paket dokaza {format}, {count} zapisa',
      other: 'Dokaz: paket dokaza {format}, {count} zapisa',
    }),
    fingerprint: 'Otisak ključa za potpisivanje: {fingerprint}',
    fingerprintNote: '(uporedite ga s otiskom u postavkama Dokaza kod autora izvoza)',
    groupPassed: plural({
      one: '{label} ({count} provjera)',
      few: '{label} ({count} provjere)',
      other: '{label} ({count} provjera)',
    }),
    groupFailed: '{label}: neuspjelih {failed} od {count}',
    expected: 'očekivano: {value}',
    found: 'pronađeno: {value}',
    verified: plural({
      one: 'POTVRĐENO: {count} provjera je uspjela.',
      few: 'POTVRĐENO: sve {count} provjere su uspjele.',
      other: 'POTVRĐENO: svih {count} provjera je uspjelo.',
    }),
    notVerified: 'NIJE POTVRĐENO: neuspjelih provjera {failed} od {count}.',
  },

  cli: {
    usage:
      'Upotreba: dokaz-verify [--json] [--lang <code>] <pack.zip>\n\nProvjerava paket dokaza napravljen Dokazom (dokaz-pack/1): njegove potpise, hash vrijednost svake datoteke, manifest, podatke o zapisima i događaje dokaznog lanca.\n  --json          ispisuje rezultat kao JSON umjesto teksta\n  --lang <code>   jezik ispisa: {languages}\n                  (inače jezik okruženja, LANG)\nIzlazni status: 0 potvrđeno, 1 neka provjera nije uspjela, 2 greška u upotrebi.',
    unknownOption: 'dokaz-verify: nepoznata opcija {option}',
    unknownLanguage: 'dokaz-verify: nepoznat jezik {language}; izaberite jedan od sljedećih: {languages}',
    cannotRead: 'dokaz-verify: nije moguće pročitati {path}: {reason}',
  },
};
