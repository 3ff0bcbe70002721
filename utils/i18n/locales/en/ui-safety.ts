/** Victim safety: the quick exit, discreet mode and deleting everything (the victim-safety issue). */
export const safetyUi = {
  'shortcut.quickExit': 'Quick exit: replace every Dokaz page with a weather page',
  'quickExit.label': 'Quick exit',
  'quickExit.title': 'Leave Dokaz at once for a weather page (Alt+Shift+X)',

  'settings.safetyHeading': 'Safety',
  'settings.quickExitIntro':
    'Quick exit: the {button} button at the top of every Dokaz page, or {shortcut} anywhere in the browser, replaces every Dokaz page and the tab on screen with a weather page at once, and locks Dokaz if it has a passphrase.',
  'settings.discreetLabel': 'Discreet mode: no mark on the Dokaz button and no notifications',
  'settings.discreetWhy':
    'For a computer someone else uses too: nothing on screen shows that something was just documented. To see whether a capture was kept, open the Dokaz popup.',
  'settings.neutralNamesLabel':
    'Neutral file names: saved packs and tables are called “export-<date>-<time>”, without Dokaz or the case’s name',
  'settings.neutralNamesWhy':
    'The browser’s download list shows the name of every file saved. On in discreet mode unless you choose otherwise. In discreet mode a quick exit also takes Dokaz’s files off that list (the files themselves stay where they were saved); deleting everything always does.',

  'wipe.heading': 'Delete everything',
  'wipe.intro': 'Removes everything Dokaz keeps in this browser, for good.',
  'wipe.open': 'Delete everything…',
  'wipe.question': 'Delete everything Dokaz keeps in this browser?',
  'wipe.whatGoes': 'This deletes:',
  'wipe.item.captures': 'every capture, with its screenshots, text, copy of the page and files',
  'wipe.item.custody': 'the custody log',
  'wipe.item.cases': 'the cases, and every tag, abuse category and note',
  'wipe.item.catalogue': 'the groups and accounts',
  'wipe.item.key': 'the signing key: packs already sent can still be verified, but no new pack will be signed with it',
  'wipe.item.settings': 'the settings, and the passphrase if you set one',
  'wipe.irreversible': 'This cannot be undone: nobody, Dokaz included, can bring any of it back.',
  'wipe.savedFiles':
    'Packs and CSV files you have already saved (for example in Downloads) stay where they are; delete them yourself if you need to.',
  'wipe.exportFirst':
    'Before you go on, you can export all captures as a signed evidence pack and keep it somewhere safe.',
  'wipe.continue': 'Continue',
  'wipe.cancel': 'Cancel',
  'wipe.word': 'DELETE',
  'wipe.wordLabel': 'To delete everything, type {word}',
  'wipe.wrongWord': 'That is not {word}. Nothing was deleted.',
  'wipe.confirm': 'Delete everything now',
  'wipe.busy': 'Deleting…',
  'wipe.failed': 'Not everything could be deleted: {reason}. Try again.',
};
