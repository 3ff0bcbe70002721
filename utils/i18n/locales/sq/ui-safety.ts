/** Victim safety: the quick exit, discreet mode and deleting everything (the victim-safety issue). */
export const safetyUi = {
  'shortcut.quickExit': 'Dalje e shpejtë: zëvendëso çdo faqe të Dokaz me një faqe të motit',
  'quickExit.label': 'Dalje e shpejtë',
  'quickExit.title': 'Dilni menjëherë nga Dokaz drejt një faqeje të motit (Alt+Shift+X)',

  'settings.safetyHeading': 'Siguria',
  'settings.quickExitIntro':
    'Dalje e shpejtë: butoni {button} në krye të çdo faqeje të Dokaz, ose {shortcut} kudo në shfletues, zëvendëson menjëherë të gjitha faqet e Dokaz dhe skedën në ekran me një faqe të motit, dhe e kyç Dokaz nëse ka fjalëkalim.',
  'settings.discreetLabel': 'Modaliteti diskret: pa shenjë në butonin e Dokaz dhe pa njoftime',
  'settings.discreetWhy':
    'Për një kompjuter që e përdor edhe dikush tjetër: asgjë në ekran nuk tregon se sapo u dokumentua diçka. Për të parë nëse një dokumentim u ruajt, klikoni butonin e Dokaz në shiritin e veglave.',
  'settings.neutralNamesLabel':
    'Emra asnjanës skedarësh: paketat dhe tabelat e ruajtura quhen „export-<data>-<ora>“, pa Dokaz dhe pa emrin e rastit',
  'settings.neutralNamesWhy':
    'Lista e shkarkimeve e shfletuesit tregon emrin e çdo skedari të ruajtur. Aktive në modalitetin diskret, përveç nëse zgjidhni ndryshe. Në modalitetin diskret dalja e shpejtë i heq edhe skedarët e Dokaz nga ajo listë (vetë skedarët mbeten aty ku u ruajtën); fshirja e gjithçkaje e bën gjithmonë.',

  'wipe.heading': 'Fshi gjithçka',
  'wipe.intro': 'Heq përgjithmonë gjithçka që ruan Dokaz në këtë shfletues.',
  'wipe.open': 'Fshi gjithçka…',
  'wipe.question': 'Të fshihet gjithçka që ruan Dokaz në këtë shfletues?',
  'wipe.whatGoes': 'Kjo fshin:',
  'wipe.item.captures': 'çdo dokumentim, me pamjet e ekranit, tekstin, kopjen e faqes dhe skedarët e tij',
  'wipe.item.custody': 'regjistrin e zinxhirit të ruajtjes',
  'wipe.item.cases': 'rastet, dhe çdo etiketë, kategori abuzimi dhe shënim',
  'wipe.item.catalogue': 'grupet dhe llogaritë',
  'wipe.item.key':
    'çelësin e nënshkrimit: paketat e dërguara tashmë mund të verifikohen ende, por asnjë paketë e re nuk do të nënshkruhet me të',
  'wipe.item.settings': 'cilësimet, dhe fjalëkalimin nëse keni vendosur një',
  'wipe.irreversible': 'Ky veprim nuk mund të zhbëhet: askush, as vetë Dokaz, nuk mund ta rikthejë asgjë prej tyre.',
  'wipe.savedFiles':
    'Paketat dhe skedarët CSV që keni ruajtur tashmë (për shembull te «Shkarkimet») mbeten ku janë; fshijini vetë nëse është e nevojshme.',
  'wipe.exportFirst':
    'Para se të vazhdoni, mund t’i eksportoni të gjitha dokumentimet si paketë provash e nënshkruar dhe ta ruani diku të sigurt.',
  'wipe.continue': 'Vazhdo',
  'wipe.cancel': 'Anulo',
  'wipe.word': 'FSHI',
  'wipe.wordLabel': 'Për të fshirë gjithçka, shkruani {word}',
  'wipe.wrongWord': 'Kjo nuk është {word}. Asgjë nuk u fshi.',
  'wipe.confirm': 'Fshi gjithçka tani',
  'wipe.busy': 'Po fshihet…',
  'wipe.failed': 'Nuk u fshi dot gjithçka: {reason}. Provoni përsëri.',
};
