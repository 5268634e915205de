import type { Catalogue } from './catalogue.js';

/** The server's messages in Spanish, first part (see ./es.ts). */
export const messages: Catalogue['messages'] = {
  '{0} is at the stage {1} of the membership pipeline, which makes its status {2}: move it in the membership pipeline instead':
    '{0} está en la etapa {1} del proceso de adhesión, que le da el estado {2}: muévalo en el proceso de adhesión',
  'follows the membership pipeline ({0})': 'sigue el proceso de adhesión ({0})',
  'Calendar feed not found': 'Calendario no encontrado',
  "Only the management team sees everyone's tasks": 'Solo el equipo de gestión ve las tareas de todos',
  'The deadline has passed: choose a date and time to come':
    'El plazo ha vencido: elija una fecha y hora futuras',
  '"{0}" appears twice (also on line {1})': '«{0}» aparece dos veces (también en la línea {1})',
  '"{0}" exists under several objectives: name the objective':
    '«{0}» existe en varios objetivos: indique el objetivo',
  '"{0}" is already in the actor register': '«{0}» ya está en el registro de actores',
  '"{0}" is already in the catalogue': '«{0}» ya está en el catálogo',
  '"{0}" is already linked to "{1}"': '«{0}» ya está enlazado con «{1}»',
  '"{0}" is listed twice in "{1}"': '«{0}» aparece dos veces en «{1}»',
  '"{0}" is not a currency code': '«{0}» no es un código de moneda',
  '"{0}" is not a date and time like 2027-03-01 09:00': '«{0}» no es una fecha y hora como 2027-03-01 09:00',
  '"{0}" is not a date and time like 2027-03-01 12:00': '«{0}» no es una fecha y hora como 2027-03-01 12:00',
  '"{0}" is not a field of action of the matrix': '«{0}» no es un campo de acción de la matriz',
  '"{0}" is not a question of this survey': '«{0}» no es una pregunta de esta encuesta',
  '"{0}" is not a web address: it must start with http:// or https://':
    '«{0}» no es una dirección web: debe empezar por http:// o https://',
  '"{0}" is not an actor_ties question of this survey':
    '«{0}» no es una pregunta actor_ties de esta encuesta',
  '"{0}" is not an email address': '«{0}» no es una dirección de correo electrónico',
  '"{0}" is not one of {1}': '«{0}» no es uno de los valores {1}',
  '"{0}" names no choice list': '«{0}» no designa ninguna lista de opciones',
  '"{0}" still has sub-processes (such as "{1}"): remove or move them first':
    '«{0}» aún tiene subprocesos (como «{1}»): elimínelos o muévalos primero',
  '"{0}": an actor is named twice': '«{0}»: un actor se nombra dos veces',
  '"{0}": item {1} does not name an actor': '«{0}»: el elemento {1} no designa un actor',
  '"{0}": item {1} is not an actor of this register':
    '«{0}»: el elemento {1} no es un actor de este registro',
  '"{0}": the strength of a tie is a whole number from {1} to {2}':
    '«{0}»: la intensidad de un vínculo es un número entero de {1} a {2}',
  '"{0}": your own organisation cannot be named': '«{0}»: no se puede nombrar a su propia organización',
  '"{0}": {1}': '«{0}»: {1}',
  'A candidate entered by hand needs a name': 'Un candidato introducido a mano necesita un nombre',
  'A candidate from the mapping needs both region and clusterCode':
    'Un candidato del mapeo necesita region y clusterCode',
  'A computed criterion needs a metric': 'Un criterio calculado necesita una métrica',
  'A constraint cannot cause itself': 'Una restricción no puede ser su propia causa',
  'A currency indicator needs its currency (e.g. EUR)':
    'Un indicador monetario necesita su moneda (p. ej. EUR)',
  'A cycle ends in ACT; this one is in {0}': 'Un ciclo termina en ACTUAR; este está en la fase {0}',
  'A cycle restarts once its measures were tried (DO, CHECK or ACT); this one is in {0}':
    'Un ciclo se reinicia una vez probadas sus medidas (HACER, VERIFICAR o ACTUAR); este está en la fase {0}',
  'A fee cannot be negative': 'Una cuota no puede ser negativa',
  'A fee category named "{0}" exists already': 'Ya existe una categoría de cuota llamada «{0}»',
  'A list named "{0}" exists': 'Ya existe una lista llamada «{0}»',
  'A message needs a subject and a text': 'Un mensaje necesita un asunto y un texto',
  'A paid service needs a currency': 'Un servicio de pago necesita una moneda',
  'A paid service needs a member price': 'Un servicio de pago necesita un precio para miembros',
  'A paid service needs a non-member price': 'Un servicio de pago necesita un precio para no miembros',
  'A percentage baseline must be between 0 and 100':
    'Una línea de base en porcentaje debe estar entre 0 y 100',
  'A percentage baseline must be between 0 and 100, the diagnostic gives {0}':
    'Una línea de base en porcentaje debe estar entre 0 y 100; el diagnóstico da {0}',
  'A percentage must be between 0 and 100, got {0}': 'Un porcentaje debe estar entre 0 y 100, se recibió {0}',
  'A percentage target must be between 0 and 100, got {0}':
    'Una meta en porcentaje debe estar entre 0 y 100, se recibió {0}',
  'A price cannot be negative': 'Un precio no puede ser negativo',
  'A pro-rata share needs a weight for every participant':
    'Un reparto proporcional necesita un peso para cada participante',
  'A process named "{0}" exists already': 'Ya existe un proceso llamado «{0}»',
  'A process needs a name': 'Un proceso necesita un nombre',
  'A process with sub-processes cannot become a sub-process':
    'Un proceso con subprocesos no puede convertirse en subproceso',
  'A programme cannot follow itself': 'Un programa no puede seguirse a sí mismo',
  'A project closes from its monitoring & closing phase':
    'Un proyecto se cierra desde su fase de seguimiento y cierre',
  'A project ends after it starts': 'Un proyecto termina después de empezar',
  'A project moves one phase at a time: from {0} only to the next':
    'Un proyecto avanza una fase cada vez: de {0} solo a la siguiente',
  'A recommendation needs a text': 'Una recomendación necesita un texto',
  'A report for these dates exists already': 'Ya existe un informe para estas fechas',
  'A report needs a title': 'Un informe necesita un título',
  'A score is {0}–{1}, got {2}': 'Una puntuación va de {0} a {1}, se recibió {2}',
  'A scored criterion needs scaleMax (the top of its scale)':
    'Un criterio puntuado necesita scaleMax (el máximo de su escala)',
  'A segment is written dimension:category with a dimension of this indicator ({0})':
    'Un segmento se escribe dimensión:categoría con una dimensión de este indicador ({0})',
  'A service named "{0}" exists': 'Ya existe un servicio llamado «{0}»',
  'A sub-process belongs to a primary process, not to another sub-process':
    'Un subproceso pertenece a un proceso principal, no a otro subproceso',
  'A sub-process has the kind of its primary process ({0})':
    'Un subproceso tiene el tipo de su proceso principal ({0})',
  'A survey needs at least one question': 'Una encuesta necesita al menos una pregunta',
  'A target must be a number': 'Una meta debe ser un número',
  'A task is due after it starts': 'Una tarea vence después de empezar',
  'A ticked key question needs an answer or evidence':
    'Una pregunta clave marcada necesita una respuesta o una evidencia',
  'A tie links two different actors': 'Un vínculo une dos actores distintos',
  'A working group named "{0}" exists': 'Ya existe un grupo de trabajo llamado «{0}»',
  'A workspace keeps at least one owner; make someone else owner first':
    'Un espacio de trabajo conserva al menos un propietario; nombre primero a otra persona propietaria',
  'ACT ends the cycle with a decision: standardise, or reflect and restart':
    'ACTUAR termina el ciclo con una decisión: estandarizar, o reflexionar y reiniciar',
  'Actor not found': 'Actor no encontrado',
  'Already closed': 'Ya está cerrado',
  'Already on the panel': 'Ya está en el jurado',
  'Amounts have at most two decimals': 'Los importes tienen como máximo dos decimales',
  'An actor cannot move from {0} to {1}; possible: {2}': 'Un actor no puede pasar de {0} a {1}; posible: {2}',
  'An actor is not in this register or has no email':
    'Un actor no está en este registro o no tiene correo electrónico',
  'An actor named "{0}" is already in the register': 'Ya hay un actor llamado «{0}» en el registro',
  'An actor takes part only once': 'Un actor participa solo una vez',
  'An ended follow shares nothing': 'Un seguimiento terminado no comparte nada',
  'An enterprise–enterprise action has only enterprises as participants':
    'Una acción empresa–empresa solo tiene empresas como participantes',
  'An enterprise–institution action joins enterprises and institutions':
    'Una acción empresa–institución une empresas e instituciones',
  'An evaluation that is {0} cannot become {1}': 'Una evaluación en estado {0} no puede pasar a {1}',
  "An evaluator records the evaluators' agreement only; {0} is recorded by its own people":
    'Un evaluador solo registra el acuerdo de los evaluadores; {0} lo registra su propia gente',
  'An event ends after it starts': 'Un evento termina después de empezar',
  'An impact hypothesis leads from a lower level to a higher one; {0} → {1} does not':
    'Una hipótesis de impacto va de un nivel inferior a uno superior; {0} → {1} no lo hace',
  'An indicator computed from platform records needs one of the metrics: {0}':
    'Un indicador calculado a partir de los datos de la plataforma requiere una de las métricas: {0}',
  'An indicator named "{0}" exists already': 'Ya existe un indicador llamado «{0}»',
  'Analysis item not found': 'Elemento de análisis no encontrado',
  'Answer the launch checklist first; open: {0}':
    'Responda primero a la lista de lanzamiento; pendientes: {0}',
  'Application link (unknown or revoked) not found':
    'Enlace de solicitud (desconocido o revocado) no encontrado',
  'Application link not found': 'Enlace de solicitud no encontrado',
  'Application not found': 'Solicitud no encontrada',
  'Assessment not found': 'Evaluación no encontrada',
  'Association assessment not found': 'Evaluación de asociación no encontrada',
  'Atlas entry not found': 'Entrada del atlas no encontrada',
  'Authorization header must be "Bearer <token>"': 'La cabecera Authorization debe ser «Bearer <token>»',
  'Change the kind of the sub-processes with their primary process':
    'Cambie el tipo de los subprocesos con su proceso principal',
  'Check the need and demand before a pilot: "Before initiating any new service, cluster managers should check if there is a strong need and demand"':
    'Compruebe la necesidad y la demanda antes de un piloto: «Antes de iniciar cualquier servicio nuevo, los gestores del clúster deberían comprobar si existe una necesidad y una demanda fuertes»',
  'Choose a value: {0}': 'Elija un valor: {0}',
  'Cluster "{0}" in this dataset not found': 'Clúster «{0}» no encontrado en este conjunto de datos',
  'Cluster {0} in region {1} for {2} not found': 'Clúster {0} en la región {1} para {2} no encontrado',
  'Collapse of "{0}": {1}': 'Agrupación de «{0}»: {1}',
  'Compare 2 to 6 regions': 'Compare de 2 a 6 regiones',
  'Constraint not found': 'Restricción no encontrada',
  'Dataset not found': 'Conjunto de datos no encontrado',
  'Define the evaluation criteria before the start': 'Defina los criterios de evaluación antes del inicio',
  'Evaluation not found': 'Evaluación no encontrada',
  'Event not found': 'Evento no encontrado',
  'Feature {0} {1}': 'Entidad {0} {1}',
  'Feedback is open to those recorded as attending this event':
    'La valoración está abierta a quienes constan como asistentes a este evento',
  'Follow request not found': 'Solicitud de seguimiento no encontrada',
  'Followed initiative not found': 'Iniciativa seguida no encontrada',
  'Follower not found': 'Seguidor no encontrado',
  'Geography not found': 'Geografía no encontrada',
  'Give the entry a title': 'Dé un título a la entrada',
  'Give the indicator a name': 'Dé un nombre al indicador',
  'Give the item a title': 'Dé un título al elemento',
  'Give the reasons': 'Indique los motivos',
  'Impact hypothesis not found': 'Hipótesis de impacto no encontrada',
  'Indicator not found': 'Indicador no encontrado',
  'Invalid request: a value {0}': 'Solicitud no válida: un valor {0}',
  'Invalid request: the value of {0} {1}': 'Solicitud no válida: el valor de {0} {1}',
  'Invalid request: {0}': 'Solicitud no válida: {0}',
  'Invalid request: {0} {1}': 'Solicitud no válida: {0} {1}',
  'Invitation (unknown, used, revoked or expired) not found':
    'Invitación (desconocida, usada, revocada o caducada) no encontrada',
  'Invitation not found': 'Invitación no encontrada',
  'Invoice not found': 'Factura no encontrada',
  'Job not found': 'Trabajo no encontrado',
  'Joint action not found': 'Acción conjunta no encontrada',
  'Key question "{0}" not found': 'Pregunta clave «{0}» no encontrada',
  'Lifecycle of this cluster initiative not found':
    'Ciclo de vida de esta iniciativa de clúster no encontrado',
  'Mailing list not found': 'Lista de correo no encontrada',
  'Manage API tokens from a signed-in session, not with an API token':
    'Gestione los tokens de API desde una sesión iniciada, no con un token de API',
  'Member card not found': 'Ficha de miembro no encontrada',
  'Member not found': 'Miembro no encontrado',
  'Member satisfaction survey not found': 'Encuesta de satisfacción de los miembros no encontrada',
  'Members can only take their own organisation out of a working group':
    'Los miembros solo pueden retirar su propia organización de un grupo de trabajo',
  'Members join with their own organisation': 'Los miembros se unen con su propia organización',
  'Members register themselves; the management registers others':
    'Los miembros se inscriben ellos mismos; la dirección inscribe a los demás',
  'Message not found': 'Mensaje no encontrado',
  'Missing or wrong x-csrf-token header': 'Falta la cabecera x-csrf-token o es incorrecta',
  'Monitoring report not found': 'Informe de seguimiento no encontrado',
  'Name the existing association to partner with': 'Nombre la asociación existente con la que asociarse',
  'Need not found': 'Necesidad no encontrada',
  'Needs survey not found': 'Encuesta de necesidades no encontrada',
  'No cause → effect link from step {0} to step {1}: link them first':
    'No hay enlace causa → efecto del paso {0} al paso {1}: enlácelos primero',
  'No diagnostic has been recorded as a baseline of this initiative yet: record one from the diagnostic report first, or type the baseline in':
    'Aún no se ha registrado ningún diagnóstico como línea de base de esta iniciativa: registre uno desde el informe de diagnóstico o escriba la línea de base',
  'No route {0} {1}': 'No existe la ruta {0} {1}',
  'No such assessment in this workspace': 'No existe esa evaluación en este espacio de trabajo',
  'No such organisation in this workspace': 'No existe esa organización en este espacio de trabajo',
  'No such survey in this workspace': 'No existe esa encuesta en este espacio de trabajo',
  'No such work package in this project': 'No existe ese paquete de trabajo en este proyecto',
  'Not found': 'No encontrado',
  'Nothing to change: the body names none of the fields this request edits ({0})':
    'Nada que cambiar: el cuerpo no nombra ninguno de los campos que edita esta solicitud ({0})',
  'Only a project still in its initiating phase can be deleted; close it instead':
    'Solo se puede eliminar un proyecto aún en fase de inicio; ciérrelo en su lugar',
  'Only a recommendation agreed by the evaluators, the cluster and the requesting body can be selected':
    'Solo puede seleccionarse una recomendación acordada por los evaluadores, el clúster y el organismo solicitante',
  'Only an indicator computed from platform records takes its baseline from the diagnostic':
    'Solo un indicador calculado a partir de los datos de la plataforma toma su línea de base del diagnóstico',
  'Only an owner can invite another owner': 'Solo un propietario puede invitar a otro propietario',
  'Only an unanswered request can be withdrawn; the initiative ends an accepted follow':
    'Solo se puede retirar una solicitud sin respuesta; la iniciativa termina un seguimiento aceptado',
  'Only jointly selected recommendations are implemented':
    'Solo se aplican las recomendaciones seleccionadas conjuntamente',
  'Only services in pilot or live can be rated': 'Solo se pueden valorar los servicios en piloto o activos',
  'Only the management team or the person responsible enters values':
    'Solo el equipo de gestión o la persona responsable introducen valores',
  'PDCA cycle not found': 'Ciclo PDCA no encontrado',
  'Paid before it was issued?': '¿Pagada antes de emitirse?',
  'Parquet files are read by the mapping engine only': 'los archivos Parquet solo los lee el motor de mapeo',
  'Part B answers are about an existing association: name it':
    'Las respuestas de la parte B tratan de una asociación existente: nómbrela',
  'Participants come from the actor register of this workspace':
    'Los participantes proceden del registro de actores de este espacio de trabajo',
  'Password must have at least {0} characters':
    'La contraseña debe tener al menos {0, plural, one {# carácter} other {# caracteres}}',
  'Period {0} is closed already': 'El periodo {0} ya está cerrado',
  'Period {0} is closed: no value can be entered for it':
    'El periodo {0} está cerrado: ya no se pueden introducir valores',
  'Pick a field of action of this workspace’s matrix':
    'Elija un campo de acción de la matriz de este espacio de trabajo',
  'Please answer "{0}"': 'Responda a «{0}»',
  'Process not found': 'Proceso no encontrado',
  'Project not found': 'Proyecto no encontrado',
  'Question {0} asks for ties between actors: only a cluster initiative keeps an actor register':
    'La pregunta {0} trata de vínculos entre actores: solo una iniciativa de clúster mantiene un registro de actores',
  'Question {0} asks for ties to other actors: that needs a named survey, since a tie runs from the respondent':
    'La pregunta {0} trata de vínculos con otros actores: requiere una encuesta nominativa, ya que un vínculo parte de quien responde',
  'Question {0} asks the respondent to name actors of the register: XLSForm has no such question type, so this survey cannot be exported as an XLSForm':
    'La pregunta {0} pide a quien responde nombrar actores del registro: XLSForm no tiene ese tipo de pregunta, por lo que esta encuesta no puede exportarse como XLSForm',
  'Question {0} has no English text': 'La pregunta {0} no tiene texto en inglés',
  'Question {0} needs at least {1} choices':
    'La pregunta {0} necesita al menos {1, plural, one {# opción} other {# opciones}}',
  'Question {0}, choice {1}: "{2}" is not a valid name':
    'Pregunta {0}, opción {1}: «{2}» no es un nombre válido',
  'Question {0}: "{1}" is not a valid name (letters, digits, _)':
    'Pregunta {0}: «{1}» no es un nombre válido (letras, dígitos, _)',
  'Question {0}: a Likert scale has {1} to {2} points, not {3}':
    'Pregunta {0}: una escala Likert tiene de {1} a {2} puntos, no {3}',
  'Question {0}: only actor_ties questions have a tie type':
    'Pregunta {0}: solo las preguntas actor_ties tienen tipo de vínculo',
  'Question {0}: say which kind of tie it asks about': 'Pregunta {0}: indique qué tipo de vínculo pregunta',
  'Question {0}: the choice "{1}" is listed twice': 'Pregunta {0}: la opción «{1}» aparece dos veces',
  'Question {0}: the name "{1}" is used twice': 'Pregunta {0}: el nombre «{1}» se usa dos veces',
  'Question {0}: {1} questions have no choices': 'Pregunta {0}: las preguntas de tipo {1} no tienen opciones',
  'Recommendation not found': 'Recomendación no encontrada',
  'Recommendations come out of an evaluation that has started':
    'Las recomendaciones surgen de una evaluación ya iniciada',
  'Region "{0}" in this dataset not found': 'Región «{0}» no encontrada en este conjunto de datos',
  'Region(s) {0} in this dataset not found': 'Región(es) {0} no encontrada(s) en este conjunto de datos',
  'Registration not found': 'Inscripción no encontrada',
  'Registration with a seat (waiting-list registrations cannot be marked as attended) not found':
    'Inscripción con plaza (las inscripciones en lista de espera no pueden marcarse como asistentes) no encontrada',
  'Results chain item not found': 'Elemento de la cadena de resultados no encontrado',
  'Route has no workspace policy': 'La ruta no tiene regla de espacio de trabajo',
  'Route not found': 'Ruta no encontrada',
  'Say why the initiative moves': 'Indique por qué cambia de etapa la iniciativa',
  'Say why the member leaves': 'Indique por qué se va el miembro',
  'Say why this candidate was chosen': 'Indique por qué se eligió a este candidato',
  'Score at least one criterion': 'Puntúe al menos un criterio',
  'Scorers must be users of this workspace (invite them first)':
    'Los evaluadores deben ser usuarios de este espacio de trabajo (invítelos primero)',
  'Selection exercise not found': 'Ejercicio de selección no encontrado',
  'Send the XLSForm as the "file" part': 'Envíe el XLSForm como la parte «file»',
  'Send the file as multipart/form-data with a "{0}" part':
    'Envíe el archivo como multipart/form-data con una parte «{0}»',
  'Service not found': 'Servicio no encontrado',
  'Sign in first': 'Inicie sesión primero',
  'Something went wrong on our side': 'Algo ha fallado por nuestra parte',
  'Stage not found': 'Etapa no encontrada',
  'Stakeholder assessment not found': 'Evaluación de partes interesadas no encontrada',
  'Survey invitation not found': 'Invitación a la encuesta no encontrada',
  'Survey link not found': 'Enlace de encuesta no encontrado',
  'Survey not found': 'Encuesta no encontrada',
  'Task not found': 'Tarea no encontrada',
  'The "file" part is missing': 'Falta la parte «file»',
  'The "file" part with the statistics is missing': 'Falta la parte «file» con las estadísticas',
  'The API token is unknown, expired or revoked':
    'El token de API es desconocido, ha caducado o ha sido revocado',
  'The chosen candidate is not part of this selection':
    'El candidato elegido no forma parte de esta selección',
  'The constraint is part of the pathway "{0}"; remove the pathway first':
    'La restricción forma parte de la ruta «{0}»; elimine primero la ruta',
  'The criteria were fixed when the evaluation started and cannot change (GIZ: criteria are defined at the beginning)':
    'Los criterios se fijaron al iniciar la evaluación y no pueden cambiar (GIZ: los criterios se definen al principio)',
  'The cycle changed meanwhile: reload it': 'El ciclo ha cambiado mientras tanto: recárguelo',
  'The cycle was closed meanwhile: reload it': 'El ciclo se cerró mientras tanto: recárguelo',
  'The deadline has passed: move it first, then send': 'El plazo ha pasado: amplíelo primero y luego envíe',
  'The deadline has passed: there is nobody to remind': 'El plazo ha pasado: no hay nadie a quien recordar',
  'The deadline must be in the future': 'El plazo debe estar en el futuro',
  'The due date is before the issue date': 'La fecha de vencimiento es anterior a la de emisión',
  'The effort range runs from low to high: min cannot exceed max':
    'El rango de esfuerzo va de bajo a alto: el mínimo no puede superar el máximo',
  'The email address is not valid': 'La dirección de correo electrónico no es válida',
  'The field of action "{0}" is listed twice': 'El campo de acción «{0}» aparece dos veces',
  'The file is larger than the upload limit': 'El archivo supera el límite de subida',
  'The frequency and dates of "{0}" cannot change: {1} value(s) are recorded for its periods{2}. Keep them, or define a new indicator':
    'La frecuencia y las fechas de «{0}» no pueden cambiar: {1, plural, one {hay # valor registrado} other {hay # valores registrados}} para sus periodos{2}. Consérvelos o defina un nuevo indicador',
  'The indicator ends before it starts': 'El indicador termina antes de empezar',
  'The initiative ended or declined this follow; the programme may ask again from {0}':
    'La iniciativa terminó o rechazó este seguimiento; el programa podrá volver a pedirlo a partir del {0}',
  'The initiative is already at {0} {1}': 'La iniciativa ya está en {0} {1}',
  'The last owner cannot be removed': 'No se puede quitar al último propietario',
  'The matrix is not empty: the example can only start an empty matrix':
    'La matriz no está vacía: el ejemplo solo puede iniciar una matriz vacía',
  'The objective "{0}" exists': 'El objetivo «{0}» ya existe',
  'The owner must be a user of this workspace': 'El responsable debe ser usuario de este espacio de trabajo',
  'The parent is not a process of this cluster initiative':
    'El padre no es un proceso de esta iniciativa de clúster',
  'The report ends before it starts': 'El informe termina antes de empezar',
  'The request body does not have the length it announces':
    'El cuerpo de la solicitud no tiene la longitud anunciada',
  'The request body is empty but says it is JSON':
    'El cuerpo de la solicitud está vacío pero se anuncia como JSON',
  'The request body is larger than the server accepts':
    'El cuerpo de la solicitud supera lo que acepta el servidor',
  'The request body is not valid JSON: {0}': 'El cuerpo de la solicitud no es JSON válido: {0}',
  'The request is not multipart/form-data': 'La solicitud no es multipart/form-data',
  'The responsible person is not a user of this workspace':
    'La persona responsable no es usuaria de este espacio de trabajo',
  'The responsible person must belong to this workspace':
    'La persona responsable debe pertenecer a este espacio de trabajo',
  'The role "{0}" exists only in programme workspaces':
    'El rol «{0}» solo existe en los espacios de trabajo de programa',
  'The server does not accept this content type': 'El servidor no acepta este tipo de contenido',
  'The survey closed on {0}: answers are no longer accepted':
    'La encuesta cerró el {0}: ya no se aceptan respuestas',
  'The survey has been sent: its questions and anonymity can no longer change':
    'La encuesta se ha enviado: sus preguntas y su anonimato ya no pueden cambiar',
  'The unit cannot become a percentage: a recorded value is {0}':
    'La unidad no puede pasar a porcentaje: un valor registrado es {0}',
  'The unit cannot become a percentage: the target of {0} is {1}':
    'La unidad no puede pasar a porcentaje: la meta de {0} es {1}',
  'The value must be a number': 'El valor debe ser un número',
  'The website must start with http:// or https://': 'El sitio web debe empezar por http:// o https://',
  'The weights of a pro-rata share cannot all be 0':
    'Los pesos de un reparto proporcional no pueden ser todos 0',
  'The {0} ({1}) lies outside the project, which runs from {2} to {3}':
    '{0} ({1}) queda fuera del proyecto, que va del {2} al {3}',
  'The {0} phase is not written down yet: {1}': 'La fase {0} aún no está redactada: {1}',
  'This API token is limited to one workspace':
    'Este token de API está limitado a un solo espacio de trabajo',
  'This API token may only read; create a write token to change data':
    'Este token de API solo puede leer; cree un token de escritura para modificar datos',
  'This PDCA cycle is closed': 'Este ciclo PDCA está cerrado',
  'This application link is already revoked': 'Este enlace de solicitud ya está revocado',
  'This application was already {0}': 'Esta solicitud ya está {0}',
  'This event is over; registrations are closed':
    'Este evento ha terminado; las inscripciones están cerradas',
  'This indicator is not computed from platform records':
    'Este indicador no se calcula a partir de los datos de la plataforma',
  'This initiative does not share its lifecycle with the programme':
    'Esta iniciativa no comparte su ciclo de vida con el programa',
  'This invitation has just been used': 'Esta invitación acaba de usarse',
  'This list reaches nobody at the moment; nothing was sent':
    'Esta lista no llega a nadie por ahora; no se ha enviado nada',
  'This needs survey is closed': 'Esta encuesta de necesidades está cerrada',
  'This process has an open PDCA cycle: close it before starting another':
    'Este proceso tiene un ciclo PDCA abierto: ciérrelo antes de empezar otro',
  'This programme has {0} unanswered follow requests; withdraw some before asking again':
    'Este programa tiene {0, plural, one {# solicitud de seguimiento sin respuesta} other {# solicitudes de seguimiento sin respuesta}}; retire alguna antes de volver a pedir',
  'This project is closed; reopen it to change its plan':
    'Este proyecto está cerrado; reábralo para cambiar su plan',
};
