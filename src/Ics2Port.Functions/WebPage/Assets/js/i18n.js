// The page's words in Latvian and English. The browser's language chooses at first; the switch overrides it for the tab.

const words = {
  en: {
    asCustoms: 'Customs {code} · {port}', asSupplier: 'Ship supplier {supplier}',
    worklist: 'Permit applications awaiting your decision — {port}',
    worklistHelp: 'Oldest first. A decided application leaves the list; its agent sees the decision.',
    worklistEmpty: 'No application awaits a decision.', permitApplication: 'Application', plannedStart: 'Planned start',
    deliveryState: 'State', decision: 'Decision', decide: 'Decide', decideOn: 'Decide on {id}', notGiven: 'not given',
    decisionOn: 'Decision on application {id} (port call {portCall})', grant: 'Grant the permit', refuse: 'Refuse the application',
    permitNumber: 'Permit number', refusalReason: 'Reason for the refusal', recordDecision: 'Record the decision', cancel: 'Cancel',
    decidedGranted: 'Permit application {id} granted with permit number {number}; it left the worklist.',
    decidedRefused: 'Permit application {id} refused: {reason}. It left the worklist.',
    decisionRefused: 'The decision was not recorded. Nothing was stored; correct the marked fields.',
    alreadyDecided: 'Already decided: {detail}', agent: 'Agent', packagesShort: 'packages',
    permits: 'Permit applications', noPermits: 'No permit applications yet.', awaitingDecision: 'awaiting customs\' decision',
    grantedWith: 'granted, permit number {number}', refusedBecause: 'refused: {reason}',
    'state.refused': 'Refused by the port system',
    portCallId: 'Port call id', showSupplies: 'Show my supplies', portCallIdMissing: 'Enter the port call\'s id.',
    portCallUnknown: 'There is no port call {id} for this key.', yourSupplies: 'Your ship supplies',
    suppliesHelp: 'Enter the id of the port call you supply (its agent gives it) to see your own supplies to it and where they stand. Supplies are filed and revised through the API, described in the',
    apiDocument: 'OpenAPI document', noSupplies: 'You have no supplies to port call {id}.', suppliesOf: 'Your supplies to port call {id}',
    supply: 'Supply', versionShort: 'Version', declarationType: 'Declaration (box 1a)', leftTerritory: 'Left the customs territory',
    yes: 'yes', no: 'no', 'exit.loading-proof': 'loading proof missing', 'exit.declaration-reference': 'declaration reference missing',
    skip: 'Skip to content', language: 'Language', signOut: 'Sign out',
    signInTitle: 'Sign in with your API key',
    signInHelp: 'The key stays in this browser tab only and is sent with each request; closing the tab forgets it.',
    apiKey: 'API key', functionKeyTitle: 'Function key (in Azure only)', functionKey: 'Function key', signIn: 'Sign in',
    keyRejected: 'The API key is not recognised.', keyMissing: 'Enter your API key.',
    asAgent: 'Agent {agent}', asAuthority: 'Port authority',
    portCalls: 'Your port calls', noPortCalls: 'No port calls yet.', refresh: 'Refresh',
    vessel: 'Vessel', imo: 'IMO number', port: 'Port', voyage: 'Voyage', eta: 'ETA', etd: 'ETD', created: 'Registered', open: 'Open',
    register: 'Register a port call', vesselName: 'Vessel name', callSign: 'Call sign', flag: 'Flag (ISO country code)', mmsi: 'MMSI',
    lastPort: 'Last port (UN/LOCODE)', nextPort: 'Next port (UN/LOCODE)', regular: 'Regular shipping service',
    etaHelp: 'Local time in Riga', registered: 'Port call {id} registered.',
    portCall: 'Port call {id}', back: 'Back to the list',
    arrival: 'Arrival', departure: 'Departure', complete: 'Complete', incomplete: 'Documents missing',
    filed: 'filed', missing: 'missing', version: 'version {n}', fileThis: 'File {type}',
    versions: 'Versions', download: 'Download', downloadVersion: 'Download {type} version {n}',
    fileDocument: 'File a document', direction: 'Direction', documentType: 'Document',
    chooseFile: 'JSON, CSV or XLSX file', dropHere: 'or drop the file here', send: 'Send',
    sending: 'Sending…', accepted: '{type} ({direction}) accepted as version {n}: {state}.',
    noFile: 'Choose a file first.', unknownFormat: 'Only .json, .csv and .xlsx files can be filed.',
    refused: 'The document was not accepted. Nothing was stored; correct these points and send it again.',
    errorsIn: 'Problems in {file}', row: 'Row', line: 'line {n}', problems: 'What is wrong',
    faultyCell: 'faulty', field: 'Field', whole: 'the whole document', rule: 'rule {rule}',
    otherProblems: 'Other problems',
    permit: 'Apply for an unloading or loading permit', operation: 'Operation', unloading: 'Unloading', loading: 'Loading',
    berth: 'Berth', freeZone: 'The berth is in a free zone', customsRef: 'Customs reference (EMDAS declaration)',
    goods: 'Goods', description: 'Description', hsCode: 'HS code', hsHelp: 'Type a word or at least 2 digits; choose a heading (4 digits) or subheading (6 digits).',
    hsNone: 'No heading or subheading found.', hsResults: '{n} results', heading: 'heading', subheading: 'subheading',
    packages: 'Packages', grossMass: 'Gross mass (kg)', container: 'Container number',
    consignor: 'Consignor', consignee: 'Consignee', name: 'Name', address: 'Address', country: 'Country (ISO code)', eori: 'EORI', email: 'E-mail', phone: 'Phone',
    apply: 'Apply', permitAccepted: 'Permit application {id}: {state}.', warnings: 'Warnings',
    status: 'Port system', available: 'available', unavailable: 'unavailable', since: 'since {time}',
    recordOutage: 'Record an outage', recordRestoration: 'Record the restoration', outageMessage: 'Message of the announcement',
    announcedAt: 'Announced at', outageRecorded: 'Outage recorded.', restored: 'Restoration recorded.',
    fallbackCases: 'Fallback cases', noCases: 'No fallback cases.', case: 'Case',
    attempts: 'Attempts', attempt: 'Attempt', channel: 'Channel', outcome: 'Outcome', started: 'Started', finished: 'Finished',
    reference: 'Reference', error: 'Error', left: 'Left to do', noAttempts: 'No attempt yet.',
    'state.accepted': 'Accepted', 'state.delivered': 'Delivered', 'state.pending': 'Pending',
    'state.fallback-eds': 'Sent by EDS', 'state.fallback-email': 'Sent by e-mail', 'state.fallback-in-person': 'In person',
    're-entered': 'Re-entered', 'state.re-entered': 'Re-entered into the port system',
    'left.pending': 'Waits for the port system or for the fallback procedure (EDS first).',
    'left.fallback-eds': 'Re-enter into the port system after restoration.',
    'left.fallback-email': 'Re-enter into the port system after restoration.',
    'left.fallback-in-person': 'Hand the printed documents over at the customs control point; re-enter after restoration.',
    'left.re-entered': 'Nothing.', 'left.delivered': 'Nothing.', 'left.accepted': 'Passed on to the port system next.',
    'channel.eds': 'EDS', 'channel.email': 'E-mail', 'channel.in-person': 'In person', 'channel.port-system': 'Port system',
    confirmHandOver: 'Confirm hand-over', handedOver: 'Hand-over recorded.', printSummary: 'Summary sheet',
    intake: 'E-mail intake', noIntake: 'No e-mails taken in.', received: 'Received', from: 'From', subject: 'Subject',
    messageId: 'Message-ID', link: 'Port call', attachments: 'Attachments',
    'kind.fal1': 'FAL 1 General Declaration', 'kind.manifest': 'Cargo manifest (FAL 2)', 'kind.fal3': 'FAL 3 Ship\'s stores',
    'kind.fal4': 'FAL 4 Crew\'s effects', 'kind.fal5': 'FAL 5 Crew list', 'kind.fal6': 'FAL 6 Passenger list',
    failed: 'The request failed: {detail}', offline: 'The app cannot be reached.',
    'rule.FORMAT': 'The value is not in the expected form.', 'rule.REQUIRED': 'A required value is missing.',
    'rule.CONSISTENCY': 'The value contradicts another value.', 'rule.HS': 'The HS code is missing or not valid.',
  },
  lv: {
    asCustoms: 'Muita {code} · {port}', asSupplier: 'Kuģu apgādātājs {supplier}',
    worklist: 'Atļauju pieteikumi, kas gaida jūsu lēmumu — {port}',
    worklistHelp: 'Vecākie vispirms. Izlemts pieteikums no saraksta pazūd; tā aģents redz lēmumu.',
    worklistEmpty: 'Neviens pieteikums negaida lēmumu.', permitApplication: 'Pieteikums', plannedStart: 'Plānotais sākums',
    deliveryState: 'Stāvoklis', decision: 'Lēmums', decide: 'Lemt', decideOn: 'Lemt par {id}', notGiven: 'nav norādīts',
    decisionOn: 'Lēmums par pieteikumu {id} (ienākšana {portCall})', grant: 'Izsniegt atļauju', refuse: 'Atteikt',
    permitNumber: 'Atļaujas numurs', refusalReason: 'Atteikuma iemesls', recordDecision: 'Reģistrēt lēmumu', cancel: 'Atcelt',
    decidedGranted: 'Atļaujas pieteikumam {id} izsniegta atļauja ar numuru {number}; tas vairs nav sarakstā.',
    decidedRefused: 'Atļaujas pieteikums {id} atteikts: {reason}. Tas vairs nav sarakstā.',
    decisionRefused: 'Lēmums netika reģistrēts. Nekas netika saglabāts; izlabojiet atzīmētos laukus.',
    alreadyDecided: 'Jau izlemts: {detail}', agent: 'Aģents', packagesShort: 'iepak.',
    permits: 'Atļauju pieteikumi', noPermits: 'Vēl nav atļauju pieteikumu.', awaitingDecision: 'gaida muitas lēmumu',
    grantedWith: 'atļauja izsniegta, numurs {number}', refusedBecause: 'atteikts: {reason}',
    'state.refused': 'Ostas sistēma atteica',
    portCallId: 'Ienākšanas identifikators', showSupplies: 'Rādīt manas piegādes', portCallIdMissing: 'Ievadiet ienākšanas identifikatoru.',
    portCallUnknown: 'Šai atslēgai nav ienākšanas {id}.', yourSupplies: 'Jūsu kuģu apgādes piegādes',
    suppliesHelp: 'Ievadiet ienākšanas identifikatoru (to dod kuģa aģents), lai redzētu savas piegādes tai un to stāvokli. Piegādes iesniedz un labo caur API, kas aprakstīts',
    apiDocument: 'OpenAPI dokumentā', noSupplies: 'Jums nav piegāžu ienākšanai {id}.', suppliesOf: 'Jūsu piegādes ienākšanai {id}',
    supply: 'Piegāde', versionShort: 'Versija', declarationType: 'Deklarācija (1.a aile)', leftTerritory: 'Izvesta no muitas teritorijas',
    yes: 'jā', no: 'nē', 'exit.loading-proof': 'trūkst iekraušanas apliecinājuma', 'exit.declaration-reference': 'trūkst deklarācijas atsauces',
    skip: 'Pāriet uz saturu', language: 'Valoda', signOut: 'Iziet',
    signInTitle: 'Pieteikšanās ar API atslēgu',
    signInHelp: 'Atslēga glabājas tikai šajā pārlūka cilnē un tiek sūtīta ar katru pieprasījumu; aizverot cilni, tā tiek aizmirsta.',
    apiKey: 'API atslēga', functionKeyTitle: 'Funkcijas atslēga (tikai Azure)', functionKey: 'Funkcijas atslēga', signIn: 'Pieteikties',
    keyRejected: 'API atslēga nav atpazīta.', keyMissing: 'Ievadiet savu API atslēgu.',
    asAgent: 'Aģents {agent}', asAuthority: 'Ostas pārvalde',
    portCalls: 'Jūsu kuģu ienākšanas', noPortCalls: 'Vēl nav nevienas ienākšanas.', refresh: 'Atjaunot',
    vessel: 'Kuģis', imo: 'IMO numurs', port: 'Osta', voyage: 'Reiss', eta: 'Ienākšana', etd: 'Iziešana', created: 'Reģistrēts', open: 'Atvērt',
    register: 'Reģistrēt kuģa ienākšanu', vesselName: 'Kuģa nosaukums', callSign: 'Izsaukuma signāls', flag: 'Karogs (ISO valsts kods)', mmsi: 'MMSI',
    lastPort: 'Iepriekšējā osta (UN/LOCODE)', nextPort: 'Nākamā osta (UN/LOCODE)', regular: 'Regulāra kuģošanas līnija',
    etaHelp: 'Rīgas laiks', registered: 'Ienākšana {id} reģistrēta.',
    portCall: 'Ienākšana {id}', back: 'Atpakaļ uz sarakstu',
    arrival: 'Ienākšana', departure: 'Iziešana', complete: 'Pilnīgs', incomplete: 'Trūkst dokumentu',
    filed: 'iesniegts', missing: 'trūkst', version: '{n}. versija', fileThis: 'Iesniegt {type}',
    versions: 'Versijas', download: 'Lejupielādēt', downloadVersion: 'Lejupielādēt {type} {n}. versiju',
    fileDocument: 'Iesniegt dokumentu', direction: 'Virziens', documentType: 'Dokuments',
    chooseFile: 'JSON, CSV vai XLSX datne', dropHere: 'vai ievelciet datni šeit', send: 'Sūtīt',
    sending: 'Sūta…', accepted: '{type} ({direction}) pieņemts kā {n}. versija: {state}.',
    noFile: 'Vispirms izvēlieties datni.', unknownFormat: 'Iesniegt var tikai .json, .csv un .xlsx datnes.',
    refused: 'Dokuments netika pieņemts. Nekas netika saglabāts; izlabojiet šīs vietas un sūtiet vēlreiz.',
    errorsIn: 'Kļūdas datnē {file}', row: 'Rinda', line: '{n}. rinda', problems: 'Kas nav pareizi',
    faultyCell: 'kļūda', field: 'Lauks', whole: 'viss dokuments', rule: 'noteikums {rule}',
    otherProblems: 'Citas kļūdas',
    permit: 'Pieteikums izkraušanas vai iekraušanas atļaujai', operation: 'Darbība', unloading: 'Izkraušana', loading: 'Iekraušana',
    berth: 'Piestātne', freeZone: 'Piestātne ir brīvajā zonā', customsRef: 'Muitas atsauce (EMDAS deklarācija)',
    goods: 'Prece', description: 'Apraksts', hsCode: 'HS kods', hsHelp: 'Ierakstiet vārdu vai vismaz 2 ciparus; izvēlieties pozīciju (4 cipari) vai apakšpozīciju (6 cipari).',
    hsNone: 'Nav atrasta neviena pozīcija.', hsResults: '{n} rezultāti', heading: 'pozīcija', subheading: 'apakšpozīcija',
    packages: 'Iepakojumi', grossMass: 'Bruto masa (kg)', container: 'Konteinera numurs',
    consignor: 'Nosūtītājs', consignee: 'Saņēmējs', name: 'Nosaukums', address: 'Adrese', country: 'Valsts (ISO kods)', eori: 'EORI', email: 'E-pasts', phone: 'Tālrunis',
    apply: 'Pieteikt', permitAccepted: 'Atļaujas pieteikums {id}: {state}.', warnings: 'Brīdinājumi',
    status: 'Ostas sistēma', available: 'pieejama', unavailable: 'nav pieejama', since: 'kopš {time}',
    recordOutage: 'Reģistrēt darbības traucējumu', recordRestoration: 'Reģistrēt darbības atjaunošanu', outageMessage: 'Paziņojuma teksts',
    announcedAt: 'Paziņots', outageRecorded: 'Traucējums reģistrēts.', restored: 'Atjaunošana reģistrēta.',
    fallbackCases: 'Rezerves procedūras gadījumi', noCases: 'Nav rezerves procedūras gadījumu.', case: 'Gadījums',
    attempts: 'Mēģinājumi', attempt: 'Mēģinājums', channel: 'Kanāls', outcome: 'Iznākums', started: 'Sākts', finished: 'Beigts',
    reference: 'Atsauce', error: 'Kļūda', left: 'Vēl jādara', noAttempts: 'Vēl nav mēģinājumu.',
    'state.accepted': 'Pieņemts', 'state.delivered': 'Nodots', 'state.pending': 'Gaida',
    'state.fallback-eds': 'Nosūtīts caur EDS', 'state.fallback-email': 'Nosūtīts e-pastā', 'state.fallback-in-person': 'Klātienē',
    're-entered': 'Ievadīts atkārtoti', 'state.re-entered': 'Ievadīts ostas sistēmā atkārtoti',
    'left.pending': 'Gaida ostas sistēmu vai rezerves procedūru (vispirms EDS).',
    'left.fallback-eds': 'Pēc atjaunošanas ievadīt ostas sistēmā.',
    'left.fallback-email': 'Pēc atjaunošanas ievadīt ostas sistēmā.',
    'left.fallback-in-person': 'Nodot izdrukātos dokumentus muitas kontroles punktā; pēc atjaunošanas ievadīt ostas sistēmā.',
    'left.re-entered': 'Nekas.', 'left.delivered': 'Nekas.', 'left.accepted': 'Tiks nodots ostas sistēmai.',
    'channel.eds': 'EDS', 'channel.email': 'E-pasts', 'channel.in-person': 'Klātienē', 'channel.port-system': 'Ostas sistēma',
    confirmHandOver: 'Apstiprināt nodošanu', handedOver: 'Nodošana reģistrēta.', printSummary: 'Kopsavilkuma lapa',
    intake: 'Saņemtie e-pasti', noIntake: 'Nav saņemtu e-pastu.', received: 'Saņemts', from: 'No', subject: 'Temats',
    messageId: 'Message-ID', link: 'Ienākšana', attachments: 'Pielikumi',
    'kind.fal1': 'FAL 1 Vispārējā deklarācija', 'kind.manifest': 'Kravas manifests (FAL 2)', 'kind.fal3': 'FAL 3 Kuģa krājumi',
    'kind.fal4': 'FAL 4 Apkalpes mantas', 'kind.fal5': 'FAL 5 Apkalpes saraksts', 'kind.fal6': 'FAL 6 Pasažieru saraksts',
    failed: 'Pieprasījums neizdevās: {detail}', offline: 'Lietotne nav sasniedzama.',
    'rule.FORMAT': 'Vērtība nav gaidītajā formā.', 'rule.REQUIRED': 'Trūkst obligātas vērtības.',
    'rule.CONSISTENCY': 'Vērtība ir pretrunā ar citu vērtību.', 'rule.HS': 'HS kods trūkst vai nav derīgs.',
  },
};

const chosenKey = 'ics2port.language';
let current = pick();

function pick() {
  const chosen = sessionStorage.getItem(chosenKey);
  if (chosen && words[chosen]) return chosen;
  const preferred = (navigator.languages || [navigator.language || 'en']).map(tag => tag.slice(0, 2).toLowerCase());
  return preferred.find(tag => words[tag]) || 'en';
}

export function language() { return current; }

/** The BCP 47 tag dates and numbers are written in. */
export function locale() { return current === 'lv' ? 'lv-LV' : 'en-GB'; }

export function choose(tag) {
  if (!words[tag]) return;
  current = tag;
  sessionStorage.setItem(chosenKey, tag);
  translate(document);
}

/** The text of <key> in the current language, with {name} replaced from <values>. */
export function t(key, values = {}) {
  const text = words[current][key] ?? words.en[key] ?? key;
  return text.replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? ''));
}

/** Whether a word exists for <key> (to fall back to the server's own text when not). */
export function has(key) { return key in words[current] || key in words.en; }

/** Translates every element with data-i18n below <root>, and the page's language. */
export function translate(root) {
  document.documentElement.lang = current;
  for (const element of root.querySelectorAll('[data-i18n]')) {
    element.textContent = t(element.dataset.i18n, element.dataset.i18nValues ? JSON.parse(element.dataset.i18nValues) : {});
  }
}
