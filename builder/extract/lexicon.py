"""Word lists the extraction rules use. General news conventions, not tuned to one article."""

# Verbs that introduce reported speech or writing (lemmas).
SPEECH_VERBS = frozenset("""
say tell ask add continue lament predict explain note write state declare argue claim insist warn
remark reply respond answer recall acknowledge admit announce assert comment complain concede confirm
contend emphasize emphasise estimate exclaim joke maintain mention observe point post promise protest
quip reiterate report reveal scoff shout sigh stress suggest testify tweet urge vow wonder caution
counter describe boast charge conclude predict plead yell whisper muse reason read blog retort snap
counsel advise cite grin smile laugh chuckle beam shrug confess enthuse gush marvel grumble mutter murmur
recount reflect confide forecast underline underscore allege affirm quote express sing
accuse condemn
demand agree assure pledge proclaim elaborate clarify opine speculate concur interject scream implore reckon
exhort riff beg rant brag remind fume sneer cry
""".split())
# Nouns that show a sentence introduces what someone said ("issued a statement", "in an interview").
STATEMENT_NOUNS = frozenset("""
statement interview letter message post tweet speech remarks press conference address email
""".split())
# Word forms that introduce a quoted text ("a message reading, ...", "a sign saying")
SPEECH_FORMS = frozenset({"reading", "saying", "stating", "titled"})
# Things that carry words nobody is quoted as saying ("banners declaring “…”", "the headline “…”").
DISPLAY_NOUNS = frozenset("""
banner placard signboard graffiti billboard headline slogan t-shirt hashtag sticker caption inscription
plaque
""".split())

# Double quote marks, straight and curly, as articles write them.
DOUBLE_MARKS = "“”\"„«»‟"
# Party labels written before a name ("Republican Kevin McCarthy"); not "Green", a surname too.
PARTY_LABELS = frozenset({"Democrat", "Republican", "Tory", "Labour", "Conservative", "Socialist", "Liberal"})

# The party a word names, as a key: "the Republican nominee" is no one written "Democratic nominee"
PARTY_OF_WORD = {"republican": "R", "republicans": "R", "gop": "R", "democratic": "D", "democrat": "D",
                 "democrats": "D", "tory": "C", "tories": "C", "conservative": "C", "conservatives": "C", "labour": "L",
                 "snp": "S", "ukip": "U"}
_LIBERAL_DEMOCRAT = frozenset({"democrat", "democrats", "democratic", "dem", "dems"})


def party_of(words) -> str | None:
    """The one party named among words ("Liberal Democrat" and "Lib Dem" are the Liberal Democrats)."""
    lowered = [w.lower() for w in words]
    if "liberal" in lowered or "lib" in lowered:
        return "LD" if _LIBERAL_DEMOCRAT & set(lowered) else None
    parties = {PARTY_OF_WORD[w] for w in lowered if w in PARTY_OF_WORD}
    return parties.pop() if len(parties) == 1 else None


def party_name(name: str) -> str | None:
    """The party a name is made of party words alone ("Tories", "the Conservative Party", "Lib Dems") stands
    for; None for any other name ("Scottish Labour Party", "Labour MPs")."""
    words = [w.lower() for w in name.split() if w.lower() not in ("the", "party")]
    if not words or any(w not in PARTY_OF_WORD and w not in _LIBERAL_DEMOCRAT | {"liberal", "lib"} for w in words):
        return None
    return party_of(words)

# Titles and roles written before a name. Matched case-sensitively on tokens.
TITLE_WORDS = frozenset("""
President Vice Prime Minister Crown Prince Princess King Queen Emperor Empress Sultan Sheikh Emir
Senator Sen. Sens. Rep. Reps. Representative Congressman Congresswoman Gov. Governor Lt. Mayor Secretary
Assemblyman Assemblywoman Assemblymember Delegate Del. Alderman Alderwoman Mme Mlle
Chancellor Premier Speaker Leader Chairman Chairwoman Chair Chief Justice Judge Ambassador Attorney General
Gen. Col. Maj. Capt. Lt. Sgt. Adm. Admiral Commander Colonel Major Captain Sergeant Lieutenant Marshal
Dr. Dr Mr. Mr Mrs. Mrs Ms. Ms Miss Sir Dame Lord Lady Professor Prof. Rev. Reverend Father Pope Cardinal
Bishop Archbishop Rabbi Imam Ayatollah Pastor Deputy Assistant Foreign Defense Defence Interior Finance
Health State Treasury Commerce Labor Justice Education Energy Home Trade First Former former Acting acting
Councillor Councilman Councilwoman Inspector Detective Officer Constable Superintendent Commissioner Director
Executive CEO Founder Coach Manager Captain Agent Correspondent Editor Spokesman Spokeswoman Spokesperson
Dean Chief Minister Chairperson Director-General Secretary-General Auditor Solicitor Prosecutor Magistrate
Deputy Senior Administrator Jr. Jr Sr. Sr MP MEP MSP MLA MK TD Monsignor Msgr Mgr Rev Revd Most Rt Hon Fr
Royal Highness Majesty Excellency Taoiseach Tánaiste Mufti Baroness
Lt Col Gen Maj Capt Sgt Cpl Cmdr Cdr Adm Brig Supt Insp Prof Gov Cllr Dep
""".split())
# Parts of a title that are not themselves a role (stripped from the ends of a role).
TITLE_FILLERS = frozenset({"of", "the", "for", "and", "de"})
HONORIFICS = frozenset({"Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Miss", "Dr.", "Dr", "Sir", "Dame", "Prof.",
                        "Professor", "Rev.", "Lord", "Lady", "Mme", "Mme.", "Mlle"})
# Titles that only ever stand before a person's name (not "General Motors", "Captain Marvel", "Lady Justice").
# Honorifics written before a surname, never before a first name alone (unlike "Sir Ian", "Lady Di").
SURNAME_HONORIFICS = frozenset({"Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Miss", "Dr.", "Dr"})
PERSONAL_TITLES = frozenset({"Mr.", "Mr", "Mrs.", "Mrs", "Ms.", "Ms", "Dr.", "Dr", "Prof.", "Professor", "President",
                             "Senator", "Sen.", "Rep.", "Representative", "Congressman", "Congresswoman", "Gov.",
                             "Governor", "Mayor", "Chancellor", "Premier", "Ambassador", "Minister", "Secretary",
                             "Assemblyman", "Assemblywoman", "Assemblymember", "Del.", "Mme", "Mme.", "Mlle"})
NAME_SUFFIXES = frozenset({"Jr.", "Jr", "Sr.", "Sr", "II", "III", "IV"})
# Letters written after a name for an office or an honour ("Paul Boateng MP", "William Haughey OBE").
POST_NOMINALS = frozenset("""
MP MPs MEP MSP MLA AM TD QC KC OBE CBE MBE KBE DBE CH FRS PhD MD
""".split())

# Pronouns that can stand for a speaker named earlier.
SPEAKER_PRONOUNS = frozenset({"he", "she", "He", "She"})
FIRST_PERSON = frozenset({"I", "we", "We"})

# Person nouns that as often name a firm ("satellite broadcaster BSkyB", "drug maker Elan").
FIRM_OR_PERSON_NOUNS = frozenset("""
broadcaster publisher retailer operator provider producer distributor carrier maker manufacturer supplier
owner developer lender insurer investor buyer seller sponsor partner rival client customer firm company
housebuilder builder brewer carmaker airline bank chain supermarket
""".split())
# Nouns that stand for a person named earlier ("the president said").
ROLE_NOUNS = frozenset("""
president minister premier chancellor senator governor mayor official
secretary leader chairman chairwoman director chief executive ceo founder coach manager ambassador judge
prosecutor lawyer attorney professor doctor researcher scientist author writer actor actress singer player
captain commander general officer detective inspector economist analyst expert activist candidate king queen
prince princess pope bishop archbishop rabbi imam pastor priest dean teacher student woman man boy girl
teenager teen youngster schoolgirl schoolboy pupil mother father campaigner prelate cardinal monk nun
mp mep msp peer assistant host dutchman frenchman englishman scotsman welshman irishman briton scot lady
""".split())
# Role nouns news uses for one another's holder ("Ryanair boss Michael O'Leary ... the airline's chief said")
ROLE_SYNONYMS = {"boss": {"chief", "head", "ceo", "manager", "coach"}, "chief": {"boss", "head", "ceo"},
                 "head": {"boss", "chief"}, "ceo": {"boss", "chief"}, "manager": {"boss", "coach"},
                 "coach": {"boss", "manager"},
                 # ("Texas Rep. Mike McCaul said ... the Republican lawmaker told Fox News")
                 "lawmaker": {"senator", "representative", "congressman", "congresswoman", "mp", "legislator"},
                 "legislator": {"senator", "representative", "congressman", "congresswoman", "mp", "lawmaker"}}

# Titles written short, and the nouns a story uses for them later ("Sen. Bernie Sanders ... the Vermont senator").
TITLE_ABBREVIATIONS = {"sen.": "senator", "rep.": "representative congressman congresswoman", "gov.": "governor",
                       "gen.": "general", "lt.": "lieutenant", "sgt.": "sergeant", "capt.": "captain",
                       "col.": "colonel", "adm.": "admiral", "atty.": "attorney", "supt.": "superintendent",
                       "amb.": "ambassador", "del.": "delegate", "cmdr.": "commander", "insp.": "inspector",
                       "det.": "detective"}

# Subjects of "find" whose findings a quote can report: a body, its members, its report ("The MPs found the
# system was “…”", "the report found").
FINDING_NOUNS = frozenset("""
committee subcommittee commission inquiry panel mp mps report study survey review audit investigation probe
watchdog regulator ombudsman auditor tribunal
""".split())
# Verbs whose subject is the author of the statement they take ("Facebook released a statement which read")
ISSUING_VERBS = {"release", "issue", "publish", "post", "send", "write", "sign", "deliver", "tweet"}
# Verbs whose agent wrote or made a document ("a report prepared by the committee", "a lawsuit brought by
# Microsoft"), unlike those that only got hold of it ("a memo obtained by the Guardian", "seen by the BBC").
AUTHORING_VERBS = ISSUING_VERBS | {"prepare", "produce", "compile", "draft", "author", "file", "submit", "present",
                                   "make", "conduct", "carry", "lodge", "lead", "bring", "launch", "unveil", "draw"}

# Nouns heading a statement that institutions make ("the White House readout explained").
DOCUMENT_NOUNS = frozenset("""
readout statement report release memo letter document spokesman spokeswoman spokesperson official officials
website post tweet announcement communique communiqué note filing complaint lawsuit study survey ruling
advice guidance guidelines blog editorial column article headline guide leaflet booklet manual handbook
notice paper appeal submission proposal plan strategy review assessment analysis findings decree order verdict
judgment judgement warning alert bulletin video advertisement ad advert clip commercial brochure flyer
pamphlet documentary
""".split())

# Things someone writes or says that speak for them when theirs ("His sales pitch adds:"); not the
# people around them ("his family said" is the family's words).
WRITTEN_NOUNS = frozenset("""
pitch book memoir memoirs autobiography biography blog diary essay column novel song lyric poem profile
page account message reply response answer advert advertisement ad manifesto petition caption description
listing speech tweet post note letter email text website statement
""".split())
# Words that open a place's name ("Mount Kenya", "Wadi Rum"); not "Glen" or "Sierra", which are first names too.
PLACE_FIRST_WORDS = frozenset({"Mount", "Mt", "Mt.", "Lake", "Loch", "Lough", "Cape", "Wadi", "Port", "Fort", "Isle",
                               "Gulf", "Bay", "Mountains", "Rio", "Boulevard", "Avenue", "Rue"})
# Products named like people ("MacBook Pro", "Playstation Portable", "Mac Mini"): a name opening with a
# product line, or ending in a model word without being said to be anyone.
PRODUCT_LINES = frozenset("""
MacBook iMac iPod iPhone iPad PlayStation Playstation Xbox Nintendo Wii Kindle Walkman ThinkPad Chromebook
""".split())
PRODUCT_MODEL_WORDS = frozenset({"Mini", "Pro", "Portable", "Plus", "Max", "Ultra", "Lite"})
# Posts held in an organisation: "director general of Elspa" names the organisation, not a person.
ORG_POSTS = frozenset("""
director general chairman chairwoman chair chief executive president secretary head founder spokesman
spokeswoman spokesperson manager editor boss owner member treasurer governor
""".split())
# A name introduced by one of these nouns is not a person ("the outlet Politico", "gangs like Tren de Aragua").
NON_PERSON_HEADS = frozenset("""
outlet outlets newspaper newspapers magazine magazines paper network networks channel channels website websites
journal journals
site sites platform platforms app apps company companies firm firms brand brands group groups gang gangs cartel
cartels militia militias organization organisation organizations organisations party parties band bands team
teams club clubs agency agencies ministry union unions movement charity charities network show series film
films movie movies book books album albums song songs ship ships vessel robot robots program programme software
service services hurricane storm cyclone typhoon virus operation festival award prize competition tournament
league index fund bank banks university college school hospital restaurant hotel store shop product products
publisher publishers chain chains retailer retailers supermarket supermarkets NGO NGOs startup label labels
god goddess gods goddesses deity deities submarine submarines warship bookmaker bookmakers
""".split())

# Those of them that introduce an organisation (singular forms).
ORG_HEADS = frozenset("""
outlet newspaper magazine paper network channel website platform company firm brand group gang cartel militia
organization organisation party agency ministry union movement charity bank university college school
hospital restaurant hotel store shop team club band bookmaker
""".split())

# Well-known names that spaCy often calls people but are platforms, outlets and brands.
KNOWN_ORGANIZATIONS = frozenset("""
Twitter X Facebook Instagram YouTube TikTok WhatsApp Telegram Snapchat LinkedIn Reddit Google Apple Microsoft
Amazon Netflix Spotify Uber Airbnb Tesla SpaceX Meta Politico Reuters Bloomberg Axios Breitbart Univision
Univisión Telemundo CNN MSNBC NBC CBS ABC BBC Fox AP AFP Xinhua Wikinews Wikipedia Vox Vice BuzzFeed Slate Salon
Gawker Mashable Yahoo Bing Sky BSkyB Skype Zoom Nintendo Sony Samsung Huawei Nokia BlackBerry Toyota Ford Boeing Airbus
Interpol Hamas Hezbollah Taliban Reddit Pinterest Tumblr Myspace Wired Forbes Fortune Time Newsweek Guardian
Telegraph Independent Times Post Daily Mail Sun Mirror Express Economist Al Jazeera Kremlin Pentagon
Labour Tories Conservatives
EU UN NATO Nato OPEC Opec IMF WTO OECD ASEAN UNICEF Unicef UNESCO Unesco Europol
""".split()) | {"Al Jazeera", "Daily Mail", "Sky News", "Fox News", "New York Times", "Washington Post",
                "Wall Street Journal", "Financial Times"}

# Common nouns that must never be a person, whatever the tagger says.
NOT_NAMES = frozenset("""
emoji emojis internet web online email app covid coronavirus god allah lol omg chrome firefox safari opera
windows android iphone ipad zeus hera satan batman iodine brexit
ramadan eid christmas easter diwali hanukkah passover thanksgiving halloween lent advent
zulu xhosa swahili maori inuit navajo cherokee apache sioux yoruba igbo hausa tamil sikh
latino latinos latina latinas latinx hispanic hispanics kurd kurds sunni sunnis shiite shiites sikhs hindus
uighurs uyghurs rohingya pashtuns yazidis
dad daddy mum mummy mom mommy grandma grandpa granny grandad nana
monday tuesday wednesday thursday friday saturday sunday
islam christianity judaism hinduism buddhism sikhism catholicism protestantism
""".split()) | {"mother nature", "father time", "lady luck", "uncle sam", "big brother", "grim reaper", "ground zero",
                "jane doe", "john doe",    # personifications and placeholders, written like names
                "lib dem", "lib dems"}     # the UK's Liberal Democrats, as news shortens them
# Last words of a shop's or a restaurant's name, which may be someone's ("Lady Dinah’s Cat Emporium")
SHOP_WORDS = frozenset("""
Emporium Cafe Café Bar Pub Shop Store Restaurant Bakery Diner Grill Boutique Salon Parlour Parlor Tavern Inn
""".split())
# A "name" ending in one of these is a place or a thing: "Rodeo Drive", "Dal Lake", "Space Shuttle Atlantis".
PLACE_LAST_WORDS = frozenset("""
Drive Road Street Avenue Lane Boulevard Lake Heath Lodge Park Square Bridge River Mountain Island Beach Hall
Centre Center Tower Gardens Garden Palace Castle Airport Station Stadium Arena Valley Bay Sea Ocean Canal
Image Photo Photograph Video Audio Credit United Rovers Wanderers Athletic Albion Hotspur FC
Hospital Infirmary Cathedral Abbey University College Institute Museum Gallery Council Party Ministry Department
Foundation Association Committee Commission Agency Corporation Company Inc Inc. Ltd Ltd. Group Wing Ward Clinic
Atoll Reef Peninsula Desert Glacier Gulf Strait Canyon Falls Forest Point
Theatre Theater Amphitheatre Amphitheater Pavilion Auditorium Coliseum Casino Resort Ballroom
Parkway Highway Expressway Freeway Turnpike Reservoir Reservoirs Aqueduct Tunnel Dam Facility Prison Penitentiary Jail
Reserve Prison Jail Penitentiary Laboratory Laboratories Zoo Aquarium Monument Memorial Cemetery Mosque Shrine
Plaza Award Awards Prize Lottery Movie Olympics Paralympics Sport County Township Province Prefecture Hotel Hotels
""".split()) | SHOP_WORDS
THING_WORDS = frozenset({"Shuttle", "Telescope", "Rover", "Station", "Messenger"})
# First words of a storm's name ("Cyclone Phailin", "Hurricane Katrina").
STORM_WORDS = frozenset({"Cyclone", "Hurricane", "Typhoon", "Storm", "Tropical"})

# Single words the tagger calls ORG that name no particular organisation (or a religion).
GENERIC_ORG_WORDS = frozenset("""
state states church government police army military navy court ministry department council committee company
party union parliament islam christianity judaism hinduism buddhism catholicism the administration agency
mps meps msps
""".split())

# First words of a state's bodies, which the country's name can open ("the US Department of Justice").
STATE_BODIES = frozenset("""
Department Ministry Office Agency Bureau Service Police Army Navy Embassy Parliament Senate Cabinet Treasury
Supreme High Court Central National Federal Foreign Home Defence Defense Interior Justice Health Environment
Coast Air Border State Statistics
""".split())

# Nouns that stand for an organisation named earlier ("the newspaper said", "the report said").
INSTITUTION_NOUNS = frozenset("""
newspaper paper report study statement company firm agency government ministry department site website
organisation organization group hotel chain bank court council committee board union party network channel
broadcaster magazine publisher university institute commission charity police army spokesman spokeswoman
spokesperson spokespeople foundation club association federation league trust office
airline carrier retailer supermarket carmaker automaker lender insurer regulator watchdog manufacturer
maker supplier operator utility museum hospital school studio label station band campaign
alliance coalition consortium bloc movement
outlet publication tabloid planemaker chipmaker drugmaker steelmaker toymaker giant conglomerate miner brewer
refiner body corporation
tank thinktank fund academy
""".split())

# Nouns for a business ("the company said", "the airline said")...
COMPANY_NOUNS = frozenset("""
company firm airline carrier retailer supermarket carmaker automaker lender insurer manufacturer maker supplier
planemaker chipmaker drugmaker steelmaker toymaker giant conglomerate miner brewer refiner
""".split())
# ... which a body whose name ends in one of these is not: a public body, party, court, school, charity or paper.
NOT_COMPANY_WORDS = frozenset("""
Party Council Ministry Department University College Institute Committee Commission Agency Office Bureau Court
Tribunal Police Army Navy Parliament Congress Senate Government Assembly Authority Service Church Union Federation
League Association Society Foundation Trust School Hospital Museum News Times Post Journal Herald Tribune Press
Magazine Radio Television
""".split())

# Words that make a capitalised name an organisation, whatever the context ("Civic Party").
ORG_NAME_WORDS = frozenset("""
Party Council Fund Olympiad Ministry Department University College Institute Institution Centre Center Association
Bank Company Corporation Corp Corp. Inc Inc. Ltd Ltd. LLC plc Group Society Foundation Committee Commission
Agency Office Union Federation League Club Court Tribunal Service Services Trust Network News Times Post
Journal Herald Tribune Press Radio Television TV Airlines Airways Motors Industries Holdings Partners Capital
Labs Analytics Systems Technologies Media Studios Productions Pictures Films Entertainment Records Books Publishing
Church Mosque Temple Academy School Hospital
Council Board Authority Assembly Parliament Congress Senate Government Police Army Navy Force Forces Front
Movement Alliance Coalition Organisation Organization Project Programme Program Initiative Campaign Watch
Museum Gallery Library Festival Awards Prize Cup Games Championship Open Olympics Castle Palace Abbey
Hotel Restaurant Cafe Café Bar Pub Shop Store Market Mall Magazine Review Weekly Daily Channel Observatory
Forum Summit Connect Holdings Ventures Conference Convention Synod Bros Bros. Brothers Wireless Telecom
Communications Electronics Pharmaceuticals Software Interactive Lab Laboratory Laboratories Energy Oil Petroleum
Mining Foods Steel Insurance Financial Resources Pharma
Microsystems Strategy Strategies Consulting Solutions Logistics Motor Aid Anonymous
""".split())
# Words that close a company's legal or trading name ("Contrack International", "Ryanair Holdings").
CORPORATE_SUFFIXES = frozenset("International Inc Inc. Corp Corp. Corporation Ltd Ltd. plc PLC LLC Holdings".split())
# What a company has and a person does not ("Ericsson shares", "Vodafone customers").
COMPANY_FIGURES = frozenset("""
shares stock stocks profit profits revenue revenues earnings shareholders subscribers customers
""".split())
# Family members named by a first name after whose they are ("Mr Nogar's son Stephen").
KIN_NOUNS = frozenset("""
son daughter wife husband brother sister father mother widow widower nephew niece grandson granddaughter
""".split())
# Nouns that describe a person when set beside a name ("Maycon Batista, a financial analyst").
PERSON_NOUNS = frozenset("""
analyst student teacher lecturer professor researcher scientist doctor nurse lawyer engineer designer artist
singer musician actor actress writer author poet novelist journalist reporter editor photographer director
producer manager owner founder farmer worker shopkeeper driver pilot soldier officer player athlete coach
politician minister president leader activist campaigner spokesman spokeswoman spokesperson official mother
father wife husband son daughter brother sister grandmother grandfather widow child boy girl man woman resident
intern chef economist biologist historian expert consultant entrepreneur businessman businesswoman banker
trader investor executive chairman chairwoman candidate voter fan blogger star sensation celebrity model
dancer diva priest pastor imam rabbi monk nun survivor victim witness veteran volunteer curator
tycoon billionaire millionaire magnate mogul heir heiress niece nephew cousin boss chief head prelate
archaeologist astronomer physicist chemist geologist psychologist sociologist anthropologist zoologist
ecologist adviser advisor correspondent commissioner inspector superintendent constable sergeant trainer
instructor therapist surgeon physician architect planner strategist negotiator diplomat envoy ambassador
councillor treasurer librarian archivist girlfriend boyfriend fiancée fiancé partner friend neighbour
colleague member waiter waitress employee staffer customer shopper passenger commuter patient pensioner
tourist visitor villager astronaut cosmonaut explorer climber mountaineer adventurer sailor skier swimmer
runner cyclist athlete footballer striker goalkeeper midfielder defender referee jockey boxer golfer
tennis-player skipper presenter broadcaster comedian filmmaker playwright composer painter sculptor
photographer novelist dentist midwife paramedic firefighter policeman policewoman detective lecturer
headteacher headmaster headmistress principal dean archbishop bishop vicar cleric monarch fisherman
fisherwoman craftsman tradesman salesman saleswoman sportsman sportswoman congressman congresswoman
councilman councilwoman alderman chairperson cameraman fireman postman handyman doorman foreman gunman
frontman statesman clergyman seaman serviceman servicewoman nominee contender challenger frontrunner
front-runner incumbent mathematician philosopher linguist academic scholar statistician epidemiologist
virologist neuroscientist geneticist botanist entomologist oceanographer meteorologist forecaster weatherman
weatherwoman climatologist
paleontologist palaeontologist pharmacist veterinarian psychiatrist psychotherapist counsellor protester
demonstrator prisoner inmate refugee migrant immigrant teenager pupil graduate inventor programmer vlogger
influencer magician illusionist rapper drummer guitarist bassist pianist violinist cellist vocalist
songwriter lyricist essayist biographer columnist commentator critic pundit satirist cartoonist illustrator
animator screenwriter scriptwriter landlady tenant homeowner mayor governor senator ranger supervisor warden
lifeguard clerk attendant
lawmaker legislator prosecutor attorney judge magistrate barrister solicitor lobbyist philanthropist
captain cricketer batsman bowler sprinter skater snowboarder surfer diver skydiver gymnast
wrestler colonel lieutenant admiral aviator investigator sheriff warden nanny carer caregiver housewife
baker butcher brewer barman barmaid bartender barista sommelier winemaker gardener landscaper carpenter
plumber electrician mechanic labourer laborer miner shepherd herder rancher poacher conservationist
environmentalist zookeeper medic clinician physiotherapist nutritionist dietitian educator tutor
schoolteacher schoolboy schoolgirl toddler grandson granddaughter grandma grandpa mum mom dad aunt uncle
stepfather stepmother sibling parent spouse bride groom widower orphan teen youngster pilgrim traveller
traveler backpacker holidaymaker hiker motorist pedestrian clerk receptionist aide apprentice
trainee applicant contestant finalist laureate
opponent teammate quarterback pitcher linebacker winger defenceman defenseman netminder shortstop
outfielder infielder halfback fullback tailback cornerback umpire goalie rookie
commenter user netizen follower subscriber viewer listener reader
champion winner runner-up medallist medalist olympian paralympian titleholder hopeful entrant participant
pollster insider newsreader podcaster youtuber gamer hacker whistleblower informant defector dissident
delegate donor financier fundraiser organiser organizer proprietor retiree memoirist reviewer playmaker
coroner pathologist consul emissary comptroller ombudsman assemblyman assemblywoman alderwoman councilor
defendant plaintiff claimant complainant petitioner appellant suspect bystander onlooker eyewitness
attacker assailant killer murderer gunwoman sniper militant insurgent rebel guerrilla jihadist extremist
trooper airman commando bodyguard ayatollah mullah patriarch
neighbor supporter operative cashier janitor trucker welder paralegal accountant acquaintance classmate coworker
co-worker landlord renter juror detainee asylum-seeker attendee spectator marcher protestor rallygoer caucusgoer
churchgoer congregant parishioner worshiper worshipper preacher deacon canvasser elector superdelegate undergraduate
confidant confidante ally loyalist surrogate backer
""".split())

# Words that tell a person's gender when written with the name (titles, or nouns in apposition).
MALE_WORDS = frozenset("""
Mr Mr. Sir Lord King Prince Duke Earl Baron Count Emperor Sultan Sheikh Father Brother Congressman Assemblyman Alderman
man boy father husband son brother grandfather uncle nephew businessman spokesman chairman actor king prince
duke earl monk widower congressman sportsman
""".split())
FEMALE_WORDS = frozenset("""
Mrs Mrs. Ms Ms. Miss Lady Dame Queen Princess Duchess Countess Baroness Empress Sister Mother Congresswoman
Assemblywoman Mme Mme. Mlle Alderwoman
woman girl mother wife daughter sister grandmother aunt niece businesswoman spokeswoman chairwoman actress
queen princess duchess countess nun widow congresswoman sportswoman lady
""".split())

# Nouns for things that a name set beside them cannot be a person ("its moon, Charon").
THING_NOUNS = frozenset("""
moon planet comet asteroid galaxy novel book hit film movie series show programme program album song
single track game magazine newspaper paper website app brand company firm product model castle palace house
estate town city village region province county district island river mountain lake forest park valley
building church mosque temple character dog cat horse animal ship boat car restaurant hotel shop store
festival painting sculpture play opera musical poem comic strip title release sequel prequel episode
instalment installment summit peak slopes system software device console browser
octopus terrier spaniel labrador puppy kitten pony donkey gorilla chimpanzee orangutan monkey ape bear panda
whale dolphin seal elephant lion tiger leopard wolf fox bird parrot eagle owl vulture penguin pig cow bull
sheep goat rabbit hamster tortoise turtle snake shark giraffe rhino hippo zebra camel cub calf mascot
""".split())
# Nouns a name can modify without being a person's ("Closer magazine", "the Rivonia trial").
MEDIA_NOUNS = frozenset("""
magazine newspaper paper website app brand company firm film movie series show album song novel book
franchise trial massacre uprising treaty accord summit protest riot riots disaster earthquake project software
""".split())
# Nouns for sources a report leaves unnamed ("a source said", "officials said").
ANONYMOUS_SOURCES = frozenset("""
source official diplomat insider aide adviser advisor witness observer resident onlooker bystander
""".split())
# Brands, firms and clubs named after people or written like a person's name: the name alone is the
# brand ("a Louis Vuitton bag", "Lockheed Martin said", "against Aston Villa").
EPONYMOUS_BRANDS = frozenset({
    "Louis Vuitton", "Ralph Lauren", "Calvin Klein", "Tommy Hilfiger", "Hugo Boss", "Giorgio Armani",
    "Christian Dior", "Yves Saint Laurent", "Saint Laurent", "Dolce & Gabbana", "Estée Lauder", "Marc Jacobs",
    "Michael Kors", "Kate Spade", "Tom Ford", "Jimmy Choo", "Vera Wang", "Alexander McQueen", "Stella McCartney",
    "John Lewis", "Marks & Spencer", "Ben & Jerry's", "Ben & Jerry’s", "Walt Disney", "Lamborghini", "Ferrari",
    "Porsche", "Rolls-Royce", "Mercedes-Benz", "Chanel", "Gucci", "Prada", "Versace", "Cartier", "Tiffany",
    "Harley-Davidson", "Dr Martens", "Levi Strauss", "Wells Fargo", "Goldman Sachs", "Morgan Stanley",
    "JP Morgan", "J.P. Morgan", "Charles Schwab", "Johnson & Johnson", "Procter & Gamble", "Ernst & Young",
    "Lockheed Martin", "Northrop Grumman", "Merrill Lynch", "Dow Jones", "Eli Lilly", "Bristol-Myers Squibb",
    "Arthur Andersen", "Smith Barney", "Dean Witter", "Aston Martin", "Rolls Royce", "Mercedes Benz",
    "Harley Davidson", "Jack Daniel's", "Johnnie Walker", "Walter Reed", "Sherwin-Williams", "Stanley Black",
    "Aston Villa", "Crystal Palace", "Nottingham Forest", "Sheffield Wednesday", "Tottenham Hotspur",
    "Queens Park Rangers", "Partick Thistle", "Hamilton Academical", "Forest Green Rovers",
})
# People news names by one word alone, with nothing else said of them ("Take Obama", "a quote attributed
# to Einstein"): a lone name needs no more evidence when it is one of these. Not names that are also
# places, firms or everyday words (Lincoln, Darwin, Tesla, Jordan, May, Prince).
WELL_KNOWN_PEOPLE = frozenset("""
Obama Trump Biden Clinton Bush Putin Merkel Macron Sarkozy Hollande Blair Thatcher Churchill Reagan Nixon
Kennedy Roosevelt Truman Eisenhower Romney McCain Pelosi Netanyahu Erdogan Erdoğan Modi Zelensky Zelenskyy
Assad Saddam Gaddafi Qaddafi Mubarak Khamenei Khomeini Mandela Gandhi Castro Chávez Chavez Maduro Lula
Bolsonaro Trudeau Corbyn Stalin Lenin Hitler Mussolini Mao Napoleon Gorbachev Yeltsin Khrushchev Kissinger
Mugabe Bismarck Hannibal Caesar Cleopatra Einstein Newton Galileo Copernicus Freud Marx Engels Hawking Edison
Picasso Rembrandt Monet Michelangelo Mozart Beethoven Bach Shakespeare Dickens Tolstoy Dostoyevsky Orwell
Kafka Hemingway Plato Aristotle Socrates Confucius Dante Warhol Banksy Beyoncé Beyonce Adele Rihanna Madonna
Shakira Bono Pelé Pele Ronaldo Messi Neymar Ronaldinho Zidane Maradona Oprah Eminem Cher Morrissey Moby Usher
Nelly Sting Kylie Dido Björk
""".split()) | {"Tiger Woods", "Magic Johnson", "Snoop Dogg", "Babe Ruth", "Kid Rock", "Ice Cube", "Fat Joe",
                "50 Cent", "Lil Wayne", "Sugar Ray Leonard"}   # (and names that open with an everyday word)
# Fictional characters news refers to as if they were people ("sounding like Darth Vader").
# Words of films, shows and books that make "play X" an actor's part ("agreed to play Rose-Lynn in the film").
STAGE_WORDS = frozenset("""
film movie role character part script screen stage series show drama sitcom soap musical production
cast casting actor actress director novel book adaptation remake sequel episode audition
""".split())
FICTIONAL_CHARACTERS = frozenset({
    "James Bond", "Darth Vader", "Luke Skywalker", "Han Solo", "Princess Leia", "Anakin Skywalker", "Yoda",
    "Harry Potter", "Hermione Granger", "Ron Weasley", "Lord Voldemort", "Voldemort", "Sherlock Holmes",
    "Dr Watson", "Hercule Poirot", "Miss Marple", "Bruce Wayne", "Batman", "Superman", "Clark Kent",
    "Spider-Man", "Peter Parker", "Wonder Woman", "Mickey Mouse", "Minnie Mouse", "Donald Duck", "Snoopy",
    "Charlie Brown", "Winnie the Pooh", "Paddington", "Peter Pan", "Tinker Bell", "Robin Hood", "Santa Claus",
    "Father Christmas", "Little Red Riding Hood", "Cinderella", "Snow White", "Alice in Wonderland",
    "Frodo Baggins", "Bilbo Baggins", "Gandalf", "Homer Simpson", "Bart Simpson", "Mr Bean", "Forrest Gump",
    "Indiana Jones", "Lara Croft", "Super Mario", "Pac-Man", "Sonic the Hedgehog", "Shrek", "Nemo",
    "Dracula", "Frankenstein", "Tarzan", "Rambo", "Rocky Balboa", "Don Quixote", "Romeo", "Juliet", "Hamlet",
    "Macbeth", "Scrooge", "Ebenezer Scrooge", "Oliver Twist", "Mr Darcy", "Jane Eyre", "Lord Grantham",
})
# Titles of peers, used as names with "of" ("the Duke of Cambridge").
NOBLE_TITLES = frozenset("""
Duke Duchess Earl Countess Marquess Marchioness Viscount Viscountess Baron Baroness Prince Princess
""".split())
