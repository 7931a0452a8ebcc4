package moderation

import "github.com/avisproject/avis/moderation/lexicon"

// Pattern classes in the abuse automaton: lexicon categories, then the cue
// words that decide whether profanity is aimed at people and whether words
// make a threat.
const (
	patInsult uint8 = iota
	patProfanity
	patHate
	patThreat
	patSexual
	patIntent      // je vais, I'll
	patViolence    // planter, kill
	patWeapon      // fusil, knife
	patPerson      // fonctionnaires, staff
	patYou         // vous, you
	patGroup       // immigrés, foreigners
	patSelf        // me, myself: violence against oneself is not a threat
	patThing       // site, formulaire: an insult aimed at a thing is profanity
	patSpam        // a spam term; severity holds its weight
	patAnimal      // porcs, vermin, voleurs: an insult when aimed at people
	patAim         // ces, bande de, you: what aims a word at people
	patLike        // comme, like: "traités comme des chiens" is a complaint
	patPlace       // agence, bâtiment, office: a building that can be attacked
	patBlast       // sauter, péter, explode: violence only against a building
	patGeneral     // tous des, devraient être expulsés: a judgement on a group
	patWarn        // mark my words, c'est une promesse: a threat if harm is said
	patReport      // m'a menacé, threatened me: the writer reports a threat
	patAll         // sont tous, are all: a generalisation if a judgement follows
	patBad         // voleurs, lazy: a negative judgement
	patIdiom       // kill some time: a violent word in an idiom
	patThis        // ces, gros, these: aims a word when people follow it
	patFuture      // va, will, faudrait: what is announced or wished
	patKnow        // je sais où, I know when: knowledge of someone's life
	patPrivate     // habites, pars, car, kids: a person's home, schedule, family
	patMeet        // on se verra, wait for you: a meeting arranged
	patOutside     // dehors, parking, outside: away from the counter
	patSaid        // said my social worker: the sentence before was quoted
	patDirty       // sales, dirty: contempt that makes hate of a group word
	patCompound    // owner, farmer, basquaise: after an animal word, the animal itself
	patHome        // habites, live, face: where the reader lives, who he is
	patHappen      // qu'il arrive quelque chose, something happened to: harm left unsaid
	patPity        // dommage, shame, pena: "it would be a shame if…"
	patCopula      // c'est de la, ce sont des, they're: a judgement follows
	patYours       // votre, vos, Ihre: the reader's, when "you" is not said
	patStalk       // j'ai ton adresse, found her address: the writer has tracked someone down
	patBody        // cul, fesses, arse: a sexual remark when said of a person
	patMine        // mon, my: the writer's own
	patVocative    // espèce de, bande de: a noun of contempt said to the reader
	patOutcome     // à l'hôpital, in a wheelchair: where violence leaves someone
	patSend        // envoyer, put, mandar: what sends someone there
	patTheirs      // son, sa, her, his: someone's, said of a third person
	patNext        // le prochain qui, the next one who: violence promised to whoever comes next
	patCompare     // la vivacité d'une, the IQ of a: a person's wits compared, said of a person
	patObject      // potiche, sac de patates, houseplant: a thing a person is said to be
	patMyself      // je me suis senti, felt like an, soy un: the writer judges himself
	patMyselfAfter // (quelle andouille) je fais: the same, after the word
	patFuel        // jerrican, mechero, Benzin: what starts a fire
	patSabotage    // brake lines, sucre dans le réservoir: harm done to a car
	patHurt        // break*, cass*, lui péter: what is done to a body part
	patLimb        // nose, dents, Beine: a body part that can be hurt
	patLawful      // enregistrer, permis de chasse, register: a weapon handled by the rules
	patConsumed    // litres, gasoil, diesel: what an engine or a boiler burns, not a threat
	patBurn        // brûl*, prendre feu, burn*: fire, said of anything
	patProperty    // porte d'entrée, boîte aux lettres, garage, tyres: what someone owns
	patCarried     // sortira en ambulance, leaves on a stretcher: someone carried out, whoever
	patUltimatum   // encore et, once more and, if he comes back: a demand with a "or else"
	patSeeWhat     // vous allez voir ce qui va se passer: harm left unsaid
	patSoon        // ce soir, cette nuit, tonight: a time set for what is announced
	patCalled      // m'a traité de, called me, ha dato della: what follows is what someone called a person
	patMust        // il faut, should, hay que: what the writer says must be done
	patArmed       // avec, with, mit: before a weapon, the writer armed
	patChild       // enfants, daughter, Sohn: a child, the reader's when a possessive comes before
	patChildPlace  // école, school, Schule: where a child goes
	patAside       // n'est-ce pas, right, I saw: a question tag or a sighting
	patWish        // j'espère que, I hope, ojalá: what follows is wished
	patIll         // un accident, cancer, mueran: harm or death that befalls someone
	patGang        // je connais des gens, my boys, meine Jungs: the writer's friends
	patOtherWay    // autrement, differently, de otra manera: not by the rules
	patSettle      // rendre visite, have a word, besuchen: what friends do to someone
	patSympathy    // je comprends ceux qui, I understand people who: sympathy with what follows
	patHeard       // vous m'écouterez, take me seriously: what a weapon would buy
	patStayAway    // call in sick, nicht zur Arbeit: staff told to stay away
	patAdvice      // conseil d'ami, for your own good: said as advice
	patKnowThat    // I know you, sé que, so che: knowledge that something is so
	patDesk        // guichet, window, sportello: where a person serves, who stands for him
	patRealAnimal  // rat, chien, Schlange: an animal often the real thing at a desk
	patUnmissed    // personne ne regretterait, nobody would miss: a death left unsaid
	patCalledAfter // genannt, bezeichnet: after what someone called a person, with a called word before
	patCalledThird // a traité, called the: what someone called a third person, named after it
	patWho         // who: a relative pronoun said of persons only
	patAccuse      // liar, menteur: an accusation of one person (charge), read as an animal but not before who
	patLikened     // frigo, lamppost: a cold thing a quality is compared with, nothing else
	patQuality     // le charisme d'une, the warmth of a: a quality compared, an insult when a thing or an animal has it
	patDrama       // il y aura un drame: a bad end foretold, a threat only with a demand, a warning or at a desk
	patDare        // try me, essayez pour voir: a dare, a threat when it ends its sentence and harm is said
	patUnfit       // shouldn't be, ne devraient pas être: a group said unfit for the work a person noun after it names
	patLooks       // est canon, sexy, está buenísima: a remark on looks when a person just before is its subject
	patTrait       // méprisant, rude, dumm: a trait of character, an insult with another right after, said of a person
	patGenius      // génie, genius, Einstein: praise of wits, sarcasm between congratulations and a blunder
	patIrony       // bravo, well done, félicitations: congratulations a blunder after makes sarcasm
	patBlunder     // perdu, lost, twice: a blunder told after sarcastic praise
	patExecute     // fusiller, pendre, string up: an execution or a beating, a threat only with people its object
	patGroupIs     // est une maladie, deberían morirse: said of a group only when the group is its subject, right before it
	patAgeGroup    // anziani, viejos, Rentner: the old as a group, read by patGroupIs only
	patDim         // is stupid, so dumb, è stupido: wits judged, an insult when a person just before is its subject
	patAllOf       // all, alle, tous les: a quantifier before a group, a generalisation with a verb of being and a judgement after the group
	patGroupFirst  // se comportent comme des animaux, krank im Kopf: as patGeneral, the group named before it in its sentence only
	patPresent     // on sera là, we'll be there, ci saremo: the writer's company announced, armed through "with" and a weapon ending its clause or aimed at people
)

func categoryClass(c string) uint8 {
	switch c {
	case lexicon.Insult:
		return patInsult
	case lexicon.Hate:
		return patHate
	case lexicon.Threat:
		return patThreat
	case lexicon.Sexual:
		return patSexual
	}
	return patProfanity
}
