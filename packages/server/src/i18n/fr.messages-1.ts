import type { Catalogue } from './catalogue.js';

/** The server's messages in French, first part (see ./fr.ts). */
export const messages: Catalogue['messages'] = {
  '{0} is at the stage {1} of the membership pipeline, which makes its status {2}: move it in the membership pipeline instead':
    '{0} est à l’étape {1} du parcours d’adhésion, qui lui donne le statut {2} : faites-le avancer dans le parcours d’adhésion',
  'follows the membership pipeline ({0})': 'suit le parcours d’adhésion ({0})',
  'Calendar feed not found': 'Flux de calendrier introuvable',
  "Only the management team sees everyone's tasks": 'Seule l’équipe de gestion voit les tâches de tous',
  'The deadline has passed: choose a date and time to come':
    'L’échéance est passée : choisissez une date et une heure à venir',
  '"{0}" appears twice (also on line {1})': '"{0}" apparaît deux fois (aussi à la ligne {1})',
  '"{0}" exists under several objectives: name the objective':
    '"{0}" existe sous plusieurs objectifs : nommez l’objectif',
  '"{0}" is already in the actor register': '"{0}" figure déjà dans le registre des acteurs',
  '"{0}" is already in the catalogue': '"{0}" figure déjà dans le catalogue',
  '"{0}" is already linked to "{1}"': '"{0}" est déjà relié à "{1}"',
  '"{0}" is listed twice in "{1}"': '"{0}" figure deux fois dans "{1}"',
  '"{0}" is not a currency code': '"{0}" n’est pas un code de devise',
  '"{0}" is not a date and time like 2027-03-01 09:00':
    '"{0}" n’est pas une date et heure comme 2027-03-01 09:00',
  '"{0}" is not a date and time like 2027-03-01 12:00':
    '"{0}" n’est pas une date et heure comme 2027-03-01 12:00',
  '"{0}" is not a field of action of the matrix': '"{0}" n’est pas un champ d’action de la matrice',
  '"{0}" is not a question of this survey': '"{0}" n’est pas une question de cette enquête',
  '"{0}" is not a web address: it must start with http:// or https://':
    '"{0}" n’est pas une adresse web : elle doit commencer par http:// ou https://',
  '"{0}" is not an actor_ties question of this survey':
    '"{0}" n’est pas une question actor_ties de cette enquête',
  '"{0}" is not an email address': '"{0}" n’est pas une adresse e-mail',
  '"{0}" is not one of {1}': '"{0}" n’est pas l’une des valeurs {1}',
  '"{0}" names no choice list': '"{0}" ne désigne aucune liste de choix',
  '"{0}" still has sub-processes (such as "{1}"): remove or move them first':
    '"{0}" a encore des sous-processus (comme "{1}") : supprimez-les ou déplacez-les d’abord',
  '"{0}": an actor is named twice': '"{0}" : un acteur est nommé deux fois',
  '"{0}": item {1} does not name an actor': '"{0}" : l’élément {1} ne désigne pas un acteur',
  '"{0}": item {1} is not an actor of this register':
    '"{0}" : l’élément {1} n’est pas un acteur de ce registre',
  '"{0}": the strength of a tie is a whole number from {1} to {2}':
    '"{0}" : la force d’un lien est un nombre entier de {1} à {2}',
  '"{0}": your own organisation cannot be named': '"{0}" : votre propre organisation ne peut pas être nommée',
  '"{0}": {1}': '"{0}" : {1}',
  'A candidate entered by hand needs a name': 'Un candidat saisi à la main a besoin d’un nom',
  'A candidate from the mapping needs both region and clusterCode':
    'Un candidat issu de la cartographie a besoin de region et de clusterCode',
  'A computed criterion needs a metric': 'Un critère calculé a besoin d’une mesure',
  'A constraint cannot cause itself': 'Une contrainte ne peut pas être sa propre cause',
  'A currency indicator needs its currency (e.g. EUR)':
    'Un indicateur monétaire a besoin de sa devise (par ex. EUR)',
  'A cycle ends in ACT; this one is in {0}': 'Un cycle se termine par AGIR ; celui-ci est à l’étape {0}',
  'A cycle restarts once its measures were tried (DO, CHECK or ACT); this one is in {0}':
    'Un cycle redémarre une fois ses mesures essayées (RÉALISER, VÉRIFIER ou AGIR) ; celui-ci est à l’étape {0}',
  'A fee cannot be negative': 'Une cotisation ne peut pas être négative',
  'A fee category named "{0}" exists already': 'Une catégorie de cotisation nommée "{0}" existe déjà',
  'A list named "{0}" exists': 'Une liste nommée "{0}" existe',
  'A message needs a subject and a text': 'Un message a besoin d’un objet et d’un texte',
  'A paid service needs a currency': 'Un service payant a besoin d’une devise',
  'A paid service needs a member price': 'Un service payant a besoin d’un prix membre',
  'A paid service needs a non-member price': 'Un service payant a besoin d’un prix non-membre',
  'A percentage baseline must be between 0 and 100':
    'Une valeur de référence en pourcentage doit être comprise entre 0 et 100',
  'A percentage baseline must be between 0 and 100, the diagnostic gives {0}':
    'Une valeur de référence en pourcentage doit être comprise entre 0 et 100, le diagnostic donne {0}',
  'A percentage must be between 0 and 100, got {0}':
    'Un pourcentage doit être compris entre 0 et 100, reçu {0}',
  'A percentage target must be between 0 and 100, got {0}':
    'Une cible en pourcentage doit être comprise entre 0 et 100, reçu {0}',
  'A price cannot be negative': 'Un prix ne peut pas être négatif',
  'A pro-rata share needs a weight for every participant':
    'Une répartition au prorata a besoin d’un poids pour chaque participant',
  'A process named "{0}" exists already': 'Un processus nommé "{0}" existe déjà',
  'A process needs a name': 'Un processus a besoin d’un nom',
  'A process with sub-processes cannot become a sub-process':
    'Un processus qui a des sous-processus ne peut pas devenir un sous-processus',
  'A programme cannot follow itself': 'Un programme ne peut pas se suivre lui-même',
  'A project closes from its monitoring & closing phase':
    'Un projet se clôture depuis sa phase de suivi et clôture',
  'A project ends after it starts': 'Un projet se termine après avoir commencé',
  'A project moves one phase at a time: from {0} only to the next':
    'Un projet avance d’une phase à la fois : de {0} uniquement vers la suivante',
  'A recommendation needs a text': 'Une recommandation a besoin d’un texte',
  'A report for these dates exists already': 'Un rapport pour ces dates existe déjà',
  'A report needs a title': 'Un rapport a besoin d’un titre',
  'A score is {0}–{1}, got {2}': 'Une note va de {0} à {1}, reçu {2}',
  'A scored criterion needs scaleMax (the top of its scale)':
    'Un critère noté a besoin de scaleMax (le haut de son échelle)',
  'A segment is written dimension:category with a dimension of this indicator ({0})':
    'Un segment s’écrit dimension:catégorie avec une dimension de cet indicateur ({0})',
  'A service named "{0}" exists': 'Un service nommé "{0}" existe',
  'A sub-process belongs to a primary process, not to another sub-process':
    'Un sous-processus appartient à un processus principal, pas à un autre sous-processus',
  'A sub-process has the kind of its primary process ({0})':
    'Un sous-processus a le type de son processus principal ({0})',
  'A survey needs at least one question': 'Une enquête a besoin d’au moins une question',
  'A target must be a number': 'Une cible doit être un nombre',
  'A task is due after it starts': 'Une tâche arrive à échéance après avoir commencé',
  'A ticked key question needs an answer or evidence':
    'Une question clé cochée a besoin d’une réponse ou d’une preuve',
  'A tie links two different actors': 'Un lien relie deux acteurs différents',
  'A working group named "{0}" exists': 'Un groupe de travail nommé "{0}" existe',
  'A workspace keeps at least one owner; make someone else owner first':
    'Un espace de travail garde au moins un propriétaire ; nommez d’abord quelqu’un d’autre propriétaire',
  'ACT ends the cycle with a decision: standardise, or reflect and restart':
    'AGIR termine le cycle par une décision : standardiser, ou réfléchir et recommencer',
  'Actor not found': 'Acteur introuvable',
  'Already closed': 'Déjà clos',
  'Already on the panel': 'Déjà membre du jury',
  'Amounts have at most two decimals': 'Les montants ont au plus deux décimales',
  'An actor cannot move from {0} to {1}; possible: {2}':
    'Un acteur ne peut pas passer de {0} à {1} ; possible : {2}',
  'An actor is not in this register or has no email':
    'Un acteur n’est pas dans ce registre ou n’a pas d’e-mail',
  'An actor named "{0}" is already in the register': 'Un acteur nommé "{0}" figure déjà dans le registre',
  'An actor takes part only once': 'Un acteur ne participe qu’une fois',
  'An ended follow shares nothing': 'Un suivi terminé ne partage rien',
  'An enterprise–enterprise action has only enterprises as participants':
    'Une action entreprise–entreprise n’a que des entreprises comme participants',
  'An enterprise–institution action joins enterprises and institutions':
    'Une action entreprise–institution réunit des entreprises et des institutions',
  'An evaluation that is {0} cannot become {1}':
    'Une évaluation à l’état {0} ne peut pas passer à l’état {1}',
  "An evaluator records the evaluators' agreement only; {0} is recorded by its own people":
    'Un évaluateur n’enregistre que l’accord des évaluateurs ; {0} est enregistré par ses propres responsables',
  'An event ends after it starts': 'Un événement se termine après avoir commencé',
  'An impact hypothesis leads from a lower level to a higher one; {0} → {1} does not':
    'Une hypothèse d’impact mène d’un niveau inférieur à un niveau supérieur ; {0} → {1} ne le fait pas',
  'An indicator computed from platform records needs one of the metrics: {0}':
    'Un indicateur calculé à partir des données de la plateforme requiert l’une des mesures : {0}',
  'An indicator named "{0}" exists already': 'Un indicateur nommé "{0}" existe déjà',
  'Analysis item not found': 'Élément d’analyse introuvable',
  'Answer the launch checklist first; open: {0}':
    'Répondez d’abord à la liste de lancement ; encore ouverts : {0}',
  'Application link (unknown or revoked) not found': 'Lien de candidature (inconnu ou révoqué) introuvable',
  'Application link not found': 'Lien de candidature introuvable',
  'Application not found': 'Candidature introuvable',
  'Assessment not found': 'Évaluation introuvable',
  'Association assessment not found': 'Évaluation d’association introuvable',
  'Atlas entry not found': 'Entrée de l’atlas introuvable',
  'Authorization header must be "Bearer <token>"': 'L’en-tête Authorization doit être "Bearer <jeton>"',
  'Change the kind of the sub-processes with their primary process':
    'Changez le type des sous-processus avec leur processus principal',
  'Check the need and demand before a pilot: "Before initiating any new service, cluster managers should check if there is a strong need and demand"':
    'Vérifiez le besoin et la demande avant un pilote : « Avant de lancer tout nouveau service, les gestionnaires de cluster devraient vérifier s’il existe un besoin et une demande forts »',
  'Choose a value: {0}': 'Choisissez une valeur : {0}',
  'Cluster "{0}" in this dataset not found': 'Cluster "{0}" introuvable dans ce jeu de données',
  'Cluster {0} in region {1} for {2} not found': 'Cluster {0} dans la région {1} pour {2} introuvable',
  'Collapse of "{0}": {1}': 'Regroupement de "{0}" : {1}',
  'Compare 2 to 6 regions': 'Comparez de 2 à 6 régions',
  'Constraint not found': 'Contrainte introuvable',
  'Dataset not found': 'Jeu de données introuvable',
  'Define the evaluation criteria before the start': 'Définissez les critères d’évaluation avant le début',
  'Evaluation not found': 'Évaluation introuvable',
  'Event not found': 'Événement introuvable',
  'Feature {0} {1}': 'Entité {0} {1}',
  'Feedback is open to those recorded as attending this event':
    'Le retour est ouvert aux personnes enregistrées comme présentes à cet événement',
  'Follow request not found': 'Demande de suivi introuvable',
  'Followed initiative not found': 'Initiative suivie introuvable',
  'Follower not found': 'Suiveur introuvable',
  'Geography not found': 'Géographie introuvable',
  'Give the entry a title': 'Donnez un titre à l’entrée',
  'Give the indicator a name': 'Donnez un nom à l’indicateur',
  'Give the item a title': 'Donnez un titre à l’élément',
  'Give the reasons': 'Donnez les raisons',
  'Impact hypothesis not found': 'Hypothèse d’impact introuvable',
  'Indicator not found': 'Indicateur introuvable',
  'Invalid request: a value {0}': 'Requête invalide : une valeur {0}',
  'Invalid request: the value of {0} {1}': 'Requête invalide : la valeur de {0} {1}',
  'Invalid request: {0}': 'Requête invalide : {0}',
  'Invalid request: {0} {1}': 'Requête invalide : {0} {1}',
  'Invitation (unknown, used, revoked or expired) not found':
    'Invitation (inconnue, utilisée, révoquée ou expirée) introuvable',
  'Invitation not found': 'Invitation introuvable',
  'Invoice not found': 'Facture introuvable',
  'Job not found': 'Tâche de fond introuvable',
  'Joint action not found': 'Action conjointe introuvable',
  'Key question "{0}" not found': 'Question clé "{0}" introuvable',
  'Lifecycle of this cluster initiative not found': 'Cycle de vie de cette initiative de cluster introuvable',
  'Mailing list not found': 'Liste de diffusion introuvable',
  'Manage API tokens from a signed-in session, not with an API token':
    'Gérez les jetons d’API depuis une session connectée, pas avec un jeton d’API',
  'Member card not found': 'Fiche de membre introuvable',
  'Member not found': 'Membre introuvable',
  'Member satisfaction survey not found': 'Enquête de satisfaction des membres introuvable',
  'Members can only take their own organisation out of a working group':
    'Les membres ne peuvent retirer que leur propre organisation d’un groupe de travail',
  'Members join with their own organisation': 'Les membres rejoignent avec leur propre organisation',
  'Members register themselves; the management registers others':
    'Les membres s’inscrivent eux-mêmes ; la direction inscrit les autres',
  'Message not found': 'Message introuvable',
  'Missing or wrong x-csrf-token header': 'En-tête x-csrf-token absent ou erroné',
  'Monitoring report not found': 'Rapport de suivi introuvable',
  'Name the existing association to partner with': 'Nommez l’association existante avec laquelle s’associer',
  'Need not found': 'Besoin introuvable',
  'Needs survey not found': 'Enquête sur les besoins introuvable',
  'No cause → effect link from step {0} to step {1}: link them first':
    'Aucun lien cause → effet de l’étape {0} à l’étape {1} : reliez-les d’abord',
  'No diagnostic has been recorded as a baseline of this initiative yet: record one from the diagnostic report first, or type the baseline in':
    'Aucun diagnostic n’a encore été enregistré comme référence de cette initiative : enregistrez-en un depuis le rapport de diagnostic, ou saisissez la valeur de référence',
  'No route {0} {1}': 'Aucune route {0} {1}',
  'No such assessment in this workspace': 'Aucune évaluation de ce type dans cet espace de travail',
  'No such organisation in this workspace': 'Aucune organisation de ce type dans cet espace de travail',
  'No such survey in this workspace': 'Aucune enquête de ce type dans cet espace de travail',
  'No such work package in this project': 'Aucun lot de travail de ce type dans ce projet',
  'Not found': 'Introuvable',
  'Nothing to change: the body names none of the fields this request edits ({0})':
    'Rien à modifier : le corps ne nomme aucun des champs que cette requête modifie ({0})',
  'Only a project still in its initiating phase can be deleted; close it instead':
    'Seul un projet encore en phase de lancement peut être supprimé ; clôturez-le plutôt',
  'Only a recommendation agreed by the evaluators, the cluster and the requesting body can be selected':
    'Seule une recommandation approuvée par les évaluateurs, le cluster et l’organisme demandeur peut être retenue',
  'Only an indicator computed from platform records takes its baseline from the diagnostic':
    'Seul un indicateur calculé à partir des données de la plateforme prend sa valeur de référence dans le diagnostic',
  'Only an owner can invite another owner': 'Seul un propriétaire peut inviter un autre propriétaire',
  'Only an unanswered request can be withdrawn; the initiative ends an accepted follow':
    'Seule une demande sans réponse peut être retirée ; l’initiative met fin à un suivi accepté',
  'Only jointly selected recommendations are implemented':
    'Seules les recommandations retenues conjointement sont mises en œuvre',
  'Only services in pilot or live can be rated':
    'Seuls les services en pilote ou en service peuvent être notés',
  'Only the management team or the person responsible enters values':
    'Seuls l’équipe de gestion ou la personne responsable saisissent des valeurs',
  'PDCA cycle not found': 'Cycle PDCA introuvable',
  'Paid before it was issued?': 'Payée avant d’être émise ?',
  'Parquet files are read by the mapping engine only':
    'les fichiers Parquet ne sont lus que par le moteur de cartographie',
  'Part B answers are about an existing association: name it':
    'Les réponses de la partie B portent sur une association existante : nommez-la',
  'Participants come from the actor register of this workspace':
    'Les participants viennent du registre des acteurs de cet espace de travail',
  'Password must have at least {0} characters':
    'Le mot de passe doit comporter au moins {0, plural, one {# caractère} other {# caractères}}',
  'Period {0} is closed already': 'La période {0} est déjà close',
  'Period {0} is closed: no value can be entered for it':
    'La période {0} est close : aucune valeur ne peut plus y être saisie',
  'Pick a field of action of this workspace’s matrix':
    'Choisissez un champ d’action de la matrice de cet espace de travail',
  'Please answer "{0}"': 'Veuillez répondre à "{0}"',
  'Process not found': 'Processus introuvable',
  'Project not found': 'Projet introuvable',
  'Question {0} asks for ties between actors: only a cluster initiative keeps an actor register':
    'La question {0} porte sur les liens entre acteurs : seule une initiative de cluster tient un registre des acteurs',
  'Question {0} asks for ties to other actors: that needs a named survey, since a tie runs from the respondent':
    'La question {0} porte sur les liens avec d’autres acteurs : il faut une enquête nominative, car un lien part du répondant',
  'Question {0} asks the respondent to name actors of the register: XLSForm has no such question type, so this survey cannot be exported as an XLSForm':
    'La question {0} demande au répondant de nommer des acteurs du registre : XLSForm n’a pas ce type de question, cette enquête ne peut donc pas être exportée en XLSForm',
  'Question {0} has no English text': 'La question {0} n’a pas de texte en anglais',
  'Question {0} needs at least {1} choices':
    'La question {0} a besoin d’au moins {1, plural, one {# choix} other {# choix}}',
  'Question {0}, choice {1}: "{2}" is not a valid name':
    'Question {0}, choix {1} : "{2}" n’est pas un nom valide',
  'Question {0}: "{1}" is not a valid name (letters, digits, _)':
    'Question {0} : "{1}" n’est pas un nom valide (lettres, chiffres, _)',
  'Question {0}: a Likert scale has {1} to {2} points, not {3}':
    'Question {0} : une échelle de Likert a de {1} à {2} points, pas {3}',
  'Question {0}: only actor_ties questions have a tie type':
    'Question {0} : seules les questions actor_ties ont un type de lien',
  'Question {0}: say which kind of tie it asks about': 'Question {0} : indiquez le type de lien demandé',
  'Question {0}: the choice "{1}" is listed twice': 'Question {0} : le choix "{1}" figure deux fois',
  'Question {0}: the name "{1}" is used twice': 'Question {0} : le nom "{1}" est utilisé deux fois',
  'Question {0}: {1} questions have no choices':
    'Question {0} : les questions de type {1} n’ont pas de choix',
  'Recommendation not found': 'Recommandation introuvable',
  'Recommendations come out of an evaluation that has started':
    'Les recommandations naissent d’une évaluation commencée',
  'Region "{0}" in this dataset not found': 'Région "{0}" introuvable dans ce jeu de données',
  'Region(s) {0} in this dataset not found': 'Région(s) {0} introuvable(s) dans ce jeu de données',
  'Registration not found': 'Inscription introuvable',
  'Registration with a seat (waiting-list registrations cannot be marked as attended) not found':
    'Inscription avec place (les inscriptions en liste d’attente ne peuvent pas être marquées présentes) introuvable',
  'Results chain item not found': 'Élément de chaîne de résultats introuvable',
  'Route has no workspace policy': 'La route n’a pas de règle d’espace de travail',
  'Route not found': 'Route introuvable',
  'Say why the initiative moves': 'Dites pourquoi l’initiative change d’étape',
  'Say why the member leaves': 'Dites pourquoi le membre part',
  'Say why this candidate was chosen': 'Dites pourquoi ce candidat a été choisi',
  'Score at least one criterion': 'Notez au moins un critère',
  'Scorers must be users of this workspace (invite them first)':
    'Les évaluateurs doivent être des utilisateurs de cet espace de travail (invitez-les d’abord)',
  'Selection exercise not found': 'Exercice de sélection introuvable',
  'Send the XLSForm as the "file" part': 'Envoyez le XLSForm comme partie "file"',
  'Send the file as multipart/form-data with a "{0}" part':
    'Envoyez le fichier en multipart/form-data avec une partie "{0}"',
  'Service not found': 'Service introuvable',
  'Sign in first': 'Connectez-vous d’abord',
  'Something went wrong on our side': 'Une erreur s’est produite de notre côté',
  'Stage not found': 'Étape introuvable',
  'Stakeholder assessment not found': 'Évaluation des parties prenantes introuvable',
  'Survey invitation not found': 'Invitation à l’enquête introuvable',
  'Survey link not found': 'Lien d’enquête introuvable',
  'Survey not found': 'Enquête introuvable',
  'Task not found': 'Tâche introuvable',
  'The "file" part is missing': 'La partie "file" manque',
  'The "file" part with the statistics is missing': 'La partie "file" avec les statistiques manque',
  'The API token is unknown, expired or revoked': 'Le jeton d’API est inconnu, expiré ou révoqué',
  'The chosen candidate is not part of this selection':
    'Le candidat choisi ne fait pas partie de cette sélection',
  'The constraint is part of the pathway "{0}"; remove the pathway first':
    'La contrainte fait partie du parcours "{0}" ; supprimez d’abord le parcours',
  'The criteria were fixed when the evaluation started and cannot change (GIZ: criteria are defined at the beginning)':
    'Les critères ont été fixés au début de l’évaluation et ne peuvent plus changer (GIZ : les critères sont définis au départ)',
  'The cycle changed meanwhile: reload it': 'Le cycle a changé entre-temps : rechargez-le',
  'The cycle was closed meanwhile: reload it': 'Le cycle a été clôturé entre-temps : rechargez-le',
  'The deadline has passed: move it first, then send':
    'L’échéance est passée : repoussez-la d’abord, puis envoyez',
  'The deadline has passed: there is nobody to remind':
    'L’échéance est passée : il n’y a personne à relancer',
  'The deadline must be in the future': 'L’échéance doit être dans le futur',
  'The due date is before the issue date': 'L’échéance est antérieure à la date d’émission',
  'The effort range runs from low to high: min cannot exceed max':
    'La fourchette d’effort va de faible à élevé : le minimum ne peut pas dépasser le maximum',
  'The email address is not valid': 'L’adresse e-mail n’est pas valide',
  'The field of action "{0}" is listed twice': 'Le champ d’action "{0}" figure deux fois',
  'The file is larger than the upload limit': 'Le fichier dépasse la limite de téléversement',
  'The frequency and dates of "{0}" cannot change: {1} value(s) are recorded for its periods{2}. Keep them, or define a new indicator':
    'La fréquence et les dates de "{0}" ne peuvent pas changer : {1, plural, one {# valeur est enregistrée} other {# valeurs sont enregistrées}} pour ses périodes{2}. Conservez-les, ou définissez un nouvel indicateur',
  'The indicator ends before it starts': 'L’indicateur se termine avant de commencer',
  'The initiative ended or declined this follow; the programme may ask again from {0}':
    'L’initiative a mis fin à ce suivi ou l’a refusé ; le programme pourra redemander à partir du {0}',
  'The initiative is already at {0} {1}': 'L’initiative est déjà à {0} {1}',
  'The last owner cannot be removed': 'Le dernier propriétaire ne peut pas être retiré',
  'The matrix is not empty: the example can only start an empty matrix':
    'La matrice n’est pas vide : l’exemple ne peut démarrer qu’une matrice vide',
  'The objective "{0}" exists': 'L’objectif "{0}" existe',
  'The owner must be a user of this workspace':
    'Le responsable doit être un utilisateur de cet espace de travail',
  'The parent is not a process of this cluster initiative':
    'Le parent n’est pas un processus de cette initiative de cluster',
  'The report ends before it starts': 'Le rapport se termine avant de commencer',
  'The request body does not have the length it announces':
    'Le corps de la requête n’a pas la longueur annoncée',
  'The request body is empty but says it is JSON':
    'Le corps de la requête est vide alors qu’il s’annonce en JSON',
  'The request body is larger than the server accepts':
    'Le corps de la requête dépasse ce que le serveur accepte',
  'The request body is not valid JSON: {0}': 'Le corps de la requête n’est pas du JSON valide : {0}',
  'The request is not multipart/form-data': 'La requête n’est pas en multipart/form-data',
  'The responsible person is not a user of this workspace':
    'La personne responsable n’est pas un utilisateur de cet espace de travail',
  'The responsible person must belong to this workspace':
    'La personne responsable doit appartenir à cet espace de travail',
  'The role "{0}" exists only in programme workspaces':
    'Le rôle "{0}" n’existe que dans les espaces de travail de programme',
  'The server does not accept this content type': 'Le serveur n’accepte pas ce type de contenu',
  'The survey closed on {0}: answers are no longer accepted':
    'L’enquête a fermé le {0} : les réponses ne sont plus acceptées',
  'The survey has been sent: its questions and anonymity can no longer change':
    'L’enquête a été envoyée : ses questions et son anonymat ne peuvent plus changer',
  'The unit cannot become a percentage: a recorded value is {0}':
    'L’unité ne peut pas devenir un pourcentage : une valeur enregistrée est {0}',
  'The unit cannot become a percentage: the target of {0} is {1}':
    'L’unité ne peut pas devenir un pourcentage : la cible de {0} est {1}',
  'The value must be a number': 'La valeur doit être un nombre',
  'The website must start with http:// or https://': 'Le site web doit commencer par http:// ou https://',
  'The weights of a pro-rata share cannot all be 0':
    'Les poids d’une répartition au prorata ne peuvent pas tous valoir 0',
  'The {0} ({1}) lies outside the project, which runs from {2} to {3}':
    '{0} ({1}) est en dehors du projet, qui va du {2} au {3}',
  'The {0} phase is not written down yet: {1}': 'La phase {0} n’est pas encore rédigée : {1}',
  'This API token is limited to one workspace': 'Ce jeton d’API est limité à un seul espace de travail',
  'This API token may only read; create a write token to change data':
    'Ce jeton d’API ne peut que lire ; créez un jeton d’écriture pour modifier des données',
  'This PDCA cycle is closed': 'Ce cycle PDCA est clôturé',
  'This application link is already revoked': 'Ce lien de candidature est déjà révoqué',
  'This application was already {0}': 'Cette candidature est déjà {0}',
  'This event is over; registrations are closed': 'Cet événement est passé ; les inscriptions sont closes',
  'This indicator is not computed from platform records':
    'Cet indicateur n’est pas calculé à partir des données de la plateforme',
  'This initiative does not share its lifecycle with the programme':
    'Cette initiative ne partage pas son cycle de vie avec le programme',
  'This invitation has just been used': 'Cette invitation vient d’être utilisée',
  'This list reaches nobody at the moment; nothing was sent':
    'Cette liste n’atteint personne pour le moment ; rien n’a été envoyé',
  'This needs survey is closed': 'Cette enquête sur les besoins est close',
  'This process has an open PDCA cycle: close it before starting another':
    'Ce processus a un cycle PDCA ouvert : clôturez-le avant d’en commencer un autre',
  'This programme has {0} unanswered follow requests; withdraw some before asking again':
    'Ce programme a {0, plural, one {# demande de suivi sans réponse} other {# demandes de suivi sans réponse}} ; retirez-en avant de redemander',
};
