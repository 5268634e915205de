import type { Catalogue } from './catalogue.js';

/** The server's messages and enum words in Spanish (see ./index.ts). */
export const es: Catalogue = {
  messages: {
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
    '"{0}" is not a date and time like 2027-03-01 09:00':
      '«{0}» no es una fecha y hora como 2027-03-01 09:00',
    '"{0}" is not a date and time like 2027-03-01 12:00':
      '«{0}» no es una fecha y hora como 2027-03-01 12:00',
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
    'A percentage must be between 0 and 100, got {0}':
      'Un porcentaje debe estar entre 0 y 100, se recibió {0}',
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
    'An actor cannot move from {0} to {1}; possible: {2}':
      'Un actor no puede pasar de {0} a {1}; posible: {2}',
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
    'Parquet files are read by the mapping engine only':
      'los archivos Parquet solo los lee el motor de mapeo',
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
    'Question {0}: {1} questions have no choices':
      'Pregunta {0}: las preguntas de tipo {1} no tienen opciones',
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
    'The owner must be a user of this workspace':
      'El responsable debe ser usuario de este espacio de trabajo',
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
    'This reset link is unknown, used or expired':
      'Este enlace de restablecimiento es desconocido, ya se usó o ha caducado',
    'This route declares no access policy': 'Esta ruta no declara ninguna regla de acceso',
    'This selection has been decided; it can no longer change':
      'Esta selección ya se decidió; no puede cambiar',
    'This selection has no mapping dataset; enter candidates by hand':
      'Esta selección no tiene conjunto de datos de mapeo; introduzca los candidatos a mano',
    'This survey has been answered already with this link': 'Ya se respondió a esta encuesta con este enlace',
    'This tie is already recorded for that date': 'Este vínculo ya está registrado en esa fecha',
    'This working group is by invitation of the management':
      'Este grupo de trabajo es por invitación de la dirección',
    'This workspace has no such {0}': 'Este espacio de trabajo no tiene ese elemento: {0}',
    'Tie not found': 'Vínculo no encontrado',
    'Token not found': 'Token no encontrado',
    'Too many failed sign-in attempts; try again in {0}':
      'Demasiados intentos de inicio de sesión fallidos; inténtelo de nuevo en {0}',
    'Too many fields in one request': 'Demasiados campos en una sola solicitud',
    'Too many files in one request': 'Demasiados archivos en una sola solicitud',
    'Too many open applications on this link; try again later':
      'Demasiadas solicitudes abiertas en este enlace; inténtelo más tarde',
    'Too many parts in one request': 'Demasiadas partes en una sola solicitud',
    'Too many password-reset requests; try again in {0}':
      'Demasiadas solicitudes de restablecimiento de contraseña; inténtelo de nuevo en {0}',
    'Too many requests; wait a moment and try again':
      'Demasiadas solicitudes; espere un momento y vuelva a intentarlo',
    'Type the workspace’s exact name to delete it':
      'Escriba el nombre exacto del espacio de trabajo para eliminarlo',
    'Unknown file part "{0}"': 'Parte de archivo desconocida «{0}»',
    'Upload the definitions file as "definitionsFile"':
      'Suba el archivo de definiciones como «definitionsFile»',
    'Value chain not found': 'Cadena de valor no encontrada',
    'Working group member not found': 'Miembro del grupo de trabajo no encontrado',
    'Working group not found': 'Grupo de trabajo no encontrado',
    'Workspace member not found': 'Miembro del espacio de trabajo no encontrado',
    'Workspace not found': 'Espacio de trabajo no encontrado',
    'Workspace policy on a route without :workspaceId':
      'Regla de espacio de trabajo en una ruta sin :workspaceId',
    'Write down the lessons learned before closing': 'Anote las lecciones aprendidas antes del cierre',
    'Wrong email or password': 'Correo electrónico o contraseña incorrectos',
    'Wrong password for this account': 'Contraseña incorrecta para esta cuenta',
    'You are already {0} for this event': 'Ya está {0} para este evento',
    'You are not on the panel of this selection': 'No forma parte del jurado de esta selección',
    'You can limit a token only to a workspace you belong to':
      'Solo puede limitar un token a un espacio de trabajo al que pertenece',
    'You have already answered the feedback form of this event':
      'Ya ha respondido al formulario de valoración de este evento',
    'Your login is not linked to a member organisation yet; ask the cluster management to link it':
      'Su cuenta aún no está vinculada a una organización miembro; pida a la dirección del clúster que la vincule',
    'Your role ({0}) does not allow this in this workspace':
      'Su rol ({0}) no permite esto en este espacio de trabajo',
    'a Likert scale has {0} to {1} points; "{2}" has {3}':
      'una escala Likert tiene de {0} a {1} puntos; «{2}» tiene {3}',
    'a cell is longer than {0} characters': 'una celda supera los {0} caracteres',
    'a recorded value is above 100 % or below 0 %':
      'un valor registrado está por encima del 100 % o por debajo del 0 %',
    'a target is above 100 % or below 0 %': 'una meta está por encima del 100 % o por debajo del 0 %',
    'actor type is required': 'el tipo de actor es obligatorio',
    'actorId is not an actor of this cluster initiative':
      'actorId no es un actor de esta iniciativa de clúster',
    'actorIds[{0}] is not an actor of this cluster initiative':
      'actorIds[{0}] no es un actor de esta iniciativa de clúster',
    'actorType must be one of {0}': 'el tipo de actor debe ser {0}',
    'actor_ties has no XLSForm equivalent': 'actor_ties no tiene equivalente en XLSForm',
    'actor_ties needs a cluster initiative': 'actor_ties requiere una iniciativa de clúster',
    'actor_ties needs a survey that is not anonymous': 'actor_ties requiere una encuesta no anónima',
    'all weights are 0': 'todos los pesos son 0',
    'base year {0} is not in the input (years: {1})': 'el año base {0} no está en los datos (años: {1})',
    'body.name is required to create your account': 'body.name es obligatorio para crear su cuenta',
    'body.to must be a UNIDO phase from 1 to 6': 'body.to debe ser una fase de la ONUDI de 1 a 6',
    'body.to must be a blueprint step from 1 to 9, or null when no funder follows the blueprint':
      'body.to debe ser un paso del plan de 1 a 9, o null cuando ningún financiador sigue el plan',
    'body.to must be one of {0}': 'body.to debe ser {0}',
    'body.{0}: {1}': 'body.{0}: {1}',
    'breaks a rule of the data': 'incumple una regla de los datos',
    'byte 0x{0} at offset {1} is not UTF-8: save the file as "CSV UTF-8"':
      'el byte 0x{0} en la posición {1} no es UTF-8: guarde el archivo como «CSV UTF-8»',
    'cannot be read: {0}': 'no se puede leer: {0}',
    'cannot change after sending': 'no puede cambiar después del envío',
    'cannot change once values are recorded': 'no puede cambiar una vez registrados valores',
    'category must be one of {0} for {1}': 'la categoría debe ser {0} para {1}',
    'categoryId is not a fee category of this cluster':
      'categoryId no es una categoría de cuota de este clúster',
    'cluster code is empty': 'el código de clúster está vacío',
    'cluster name is empty': 'el nombre del clúster está vacío',
    'constraintIds[{0}] is not a constraint of this initiative':
      'constraintIds[{0}] no es una restricción de esta iniciativa',
    'contains characters that cannot be stored': 'contiene caracteres que no se pueden guardar',
    'deadline is not a date and time': 'el plazo no es una fecha y hora',
    'definitions must be "us-benchmark" or "file"': 'definitions debe ser «us-benchmark» o «file»',
    'does not match any of the allowed forms': 'no corresponde a ninguna de las formas permitidas',
    'does not match the participants': 'no corresponde a los participantes',
    'does not match the workspace name': 'no coincide con el nombre del espacio de trabajo',
    'duplicate row: region {0}, industry {1}{2} already appears on line {3}':
      'fila duplicada: región {0}, industria {1}{2} ya aparece en la línea {3}',
    'file not found': 'archivo no encontrado',
    'fromItemId is not an item of this results chain':
      'fromItemId no es un elemento de esta cadena de resultados',
    'has a MultiPolygon without polygons': 'tiene un MultiPolygon sin polígonos',
    'has a geometry of type "{0}": regions are Polygon or MultiPolygon':
      'tiene una geometría de tipo «{0}»: las regiones son Polygon o MultiPolygon',
    'has a polygon without rings': 'tiene un polígono sin anillos',
    'has a position that is not [longitude, latitude] in degrees (RFC 7946)':
      'tiene una posición que no es [longitud, latitud] en grados (RFC 7946)',
    'has a property "{0}" that is not a text or a number':
      'tiene una propiedad «{0}» que no es ni texto ni número',
    'has a ring of fewer than four positions': 'tiene un anillo de menos de cuatro posiciones',
    'has a ring that is not closed': 'tiene un anillo que no está cerrado',
    'has more than two decimals': 'tiene más de dos decimales',
    'has no geometry': 'no tiene geometría',
    'has no platform metric': 'no tiene métrica de la plataforma',
    'has no property "{0}"': 'no tiene la propiedad «{0}»',
    'has passed': 'ha pasado',
    'has too few fields': 'tiene demasiado pocos campos',
    'has too many fields': 'tiene demasiados campos',
    'has {0} choices': 'tiene {0, plural, one {# opción} other {# opciones}}',
    'industry "{0}" is already assigned to a cluster on line {1}':
      'la industria «{0}» ya está asignada a un clúster en la línea {1}',
    'industry "{0}" is listed more than once (clusters {1} and {2})':
      'la industria «{0}» aparece más de una vez (clústeres {1} y {2})',
    'industry code is empty': 'el código de industria está vacío',
    'is a duplicate': 'es un duplicado',
    'is a sub-process': 'es un subproceso',
    'is above 100 % or below 0 %': 'está por encima del 100 % o por debajo del 0 %',
    'is above body.effortMax': 'es superior a body.effortMax',
    'is act': 'está en la fase Actuar',
    'is before body.startsOn': 'es anterior a body.startsOn',
    'is before issuedOn': 'es anterior a issuedOn',
    'is before startsOn': 'es anterior a startsOn',
    'is before the issue date': 'es anterior a la fecha de emisión',
    'is blank': 'está en blanco',
    'is closed': 'está cerrado',
    'is empty': 'está vacío',
    'is fixed since the start': 'está fijado desde el inicio',
    'is in the past': 'está en el pasado',
    'is invalid': 'no es válido',
    'is listed twice': 'aparece dos veces',
    'is longer than 2,000 characters': 'supera los 2000 caracteres',
    'is longer than 5000 characters': 'supera los 5000 caracteres',
    'is named twice': 'se nombra dos veces',
    'is not a GeoJSON Feature': 'no es una Feature GeoJSON',
    'is not a candidate': 'no es un candidato',
    'is not a candidate of this selection': 'no es un candidato de esta selección',
    'is not a category of this framework': 'no es una categoría de este marco',
    'is not a constraint of this initiative': 'no es una restricción de esta iniciativa',
    'is not a criterion of this selection': 'no es un criterio de esta selección',
    'is not a date': 'no es una fecha',
    'is not a date-time': 'no es una fecha y hora',
    'is not a fee category': 'no es una categoría de cuota',
    'is not a field of action of this workspace': 'no es un campo de acción de este espacio de trabajo',
    'is not a known field': 'no es un campo conocido',
    'is not a known platform metric': 'no es una métrica conocida de la plataforma',
    'is not a known tag': 'no es una etiqueta conocida',
    'is not a list of actors': 'no es una lista de actores',
    'is not a member role of the card': 'no es un rol de miembro de la ficha',
    'is not a need of this survey': 'no es una necesidad de esta encuesta',
    'is not a number': 'no es un número',
    'is not a period of this indicator': 'no es un periodo de este indicador',
    'is not a possible next stage': 'no es una etapa siguiente posible',
    'is not a process here': 'no es un proceso de aquí',
    'is not a question of Table 2': 'no es una pregunta de la tabla 2',
    'is not a question of this survey': 'no es una pregunta de esta encuesta',
    'is not a scored criterion': 'no es un criterio puntuado',
    'is not a survey of this workspace': 'no es una encuesta de este espacio de trabajo',
    'is not a user of this workspace': 'no es usuario de este espacio de trabajo',
    'is not a valid date or time': 'no es una fecha u hora válida',
    'is not a valid name': 'no es un nombre válido',
    'is not a web address': 'no es una dirección web',
    'is not a work package of this project': 'no es un paquete de trabajo de este proyecto',
    'is not an ECEI criterion': 'no es un criterio ECEI',
    'is not an ECEI group': 'no es un grupo ECEI',
    'is not an XLSX workbook': 'no es un libro XLSX',
    'is not an actor id': 'no es un identificador de actor',
    'is not an actor of this cluster initiative': 'no es un actor de esta iniciativa de clúster',
    'is not an actor of this register': 'no es un actor de este registro',
    'is not an actor of this workspace': 'no es un actor de este espacio de trabajo',
    'is not an actor type': 'no es un tipo de actor',
    'is not an actor with an email': 'no es un actor con correo electrónico',
    'is not an actor_ties question': 'no es una pregunta actor_ties',
    'is not an assessment of this workspace': 'no es una evaluación de este espacio de trabajo',
    'is not an effect of the previous constraint': 'no es un efecto de la restricción anterior',
    'is not an email address': 'no es una dirección de correo electrónico',
    'is not an item of this results chain': 'no es un elemento de esta cadena de resultados',
    'is not dimension:category of this indicator': 'no es dimensión:categoría de este indicador',
    'is not in the dataset': 'no está en el conjunto de datos',
    'is not in the expected form': 'no tiene la forma esperada',
    'is not in this workspace': 'no está en este espacio de trabajo',
    'is not one of the choices': 'no es una de las opciones',
    'is not one of your workspaces': 'no es uno de sus espacios de trabajo',
    'is not text': 'no es un texto',
    'is not the next phase': 'no es la fase siguiente',
    'is not ticked': 'no está marcado',
    'is not used by {0} questions': 'no se usa en preguntas de tipo {0}',
    'is not {0}–{1}': 'no está entre {0} y {1}',
    'is out of range': 'está fuera de rango',
    'is outside {0}–{1}': 'está fuera de {0}–{1}',
    'is required': 'es obligatorio',
    'is required ({0})': 'es obligatorio ({0})',
    'is required for a paid service': 'es obligatorio para un servicio de pago',
    'is required for a pro-rata share': 'es obligatorio para un reparto proporcional',
    'is required for part B': 'es obligatorio para la parte B',
    'is required to close a project': 'es obligatorio para cerrar un proyecto',
    'is required to partner with an existing association':
      'es obligatorio para asociarse con una asociación existente',
    'is required when leaving': 'es obligatorio al salir',
    'is required when the unit is currency': 'es obligatorio cuando la unidad es una moneda',
    'is set but the source is not "platform"': 'está definido pero la fuente no es «platform»',
    'is taken': 'ya está en uso',
    'is the respondent': 'es quien responde',
    'is the same actor': 'es el mismo actor',
    'is the same constraint': 'es la misma restricción',
    'is this programme': 'es este programa',
    'is too long': 'es demasiado largo',
    'is used twice': 'se usa dos veces',
    'is {0}': 'es {0}',
    'itemId is not an item of this results chain': 'itemId no es un elemento de esta cadena de resultados',
    'lists a choice twice': 'incluye dos veces la misma opción',
    'lists something that is not one of the choices': 'incluye algo que no es una de las opciones',
    'memberRole must be one of {0}': 'el rol de miembro debe ser {0}',
    'metricKey goes only with source "platform"': 'metricKey solo va con la fuente «platform»',
    'missing column "{0}" (columns: {1})': 'falta la columna «{0}» (columnas: {1})',
    'missing column "{0}" (definitions need cluster_code, cluster_name, industry and optionally cluster_type)':
      'falta la columna «{0}» (las definiciones requieren cluster_code, cluster_name, industry y opcionalmente cluster_type)',
    'missing column "{0}" (required: region, industry, employment; optional: {1})':
      'falta la columna «{0}» (obligatorias: region, industry, employment; opcionales: {1})',
    'more than {0} rows: split the file': 'más de {0} filas: divida el archivo',
    'more than {0} rows: use the command line (agglomera map) for national datasets':
      'más de {0} filas: use la línea de comandos (agglomera map) para conjuntos de datos nacionales',
    'must be +, ± or −': 'debe ser +, ± o −',
    'must be 0 or more': 'debe ser 0 o más',
    'must be 1, 2 or 3': 'debe ser 1, 2 o 3',
    'must be a date (YYYY-MM-DD)': 'debe ser una fecha (AAAA-MM-DD)',
    'must be a date and time': 'debe ser una fecha y hora',
    'must be a list': 'debe ser una lista',
    'must be a multiple of {0}': 'debe ser un múltiplo de {0}',
    'must be a number': 'debe ser un número',
    'must be a time of day': 'debe ser una hora del día',
    'must be a web address': 'debe ser una dirección web',
    'must be a whole number': 'debe ser un número entero',
    'must be after body.startsAt': 'debe ser posterior a body.startsAt',
    'must be an email address': 'debe ser una dirección de correo electrónico',
    'must be an identifier (UUID)': 'debe ser un identificador (UUID)',
    'must be an object': 'debe ser un objeto',
    'must be at least {0}': 'debe ser como mínimo {0}',
    'must be at most {0}': 'debe ser como máximo {0}',
    'must be between 0 and {0}': 'debe estar entre 0 y {0}',
    'must be between {0} and {1}': 'debe estar entre {0} y {1}',
    'must be empty (null)': 'debe estar vacío (null)',
    'must be greater than {0}': 'debe ser mayor que {0}',
    'must be less than {0}': 'debe ser menor que {0}',
    'must be on a level above {0}': 'debe estar en un nivel por encima de {0}',
    'must be one of {0}': 'debe ser {0}',
    'must be text': 'debe ser un texto',
    'must be true or false': 'debe ser verdadero o falso',
    'must be {0}': 'debe ser {0}',
    'must have at least {0} characters':
      'debe tener al menos {0, plural, one {# carácter} other {# caracteres}}',
    'must have at least {0} items': 'debe tener al menos {0, plural, one {# elemento} other {# elementos}}',
    'must have at most {0} characters':
      'debe tener como máximo {0, plural, one {# carácter} other {# caracteres}}',
    'must have at most {0} items': 'debe tener como máximo {0, plural, one {# elemento} other {# elementos}}',
    'must list 2 to 6 regions': 'debe indicar de 2 a 6 regiones',
    'must not be empty': 'no debe estar vacío',
    'must not hold the same item twice': 'no debe contener dos veces el mismo elemento',
    'name is required': 'el nombre es obligatorio',
    'names more than {0} actors': 'nombra más de {0, plural, one {# actor} other {# actores}}',
    'needs a selected recommendation': 'requiere una recomendación seleccionada',
    'needs the agreement of all three': 'requiere el acuerdo de los tres',
    none: 'ninguna',
    'none of the {0} industry codes of the definitions matches an industry of {1}: check that both use the same classification':
      'ninguno de los {0} códigos de industria de las definiciones coincide con una industria de {1}: compruebe que ambos usan la misma clasificación',
    'not a readable XLSX file': 'archivo XLSX ilegible',
    'not a readable XLSX file (a part cannot be inflated)':
      'archivo XLSX ilegible (una parte no se puede descomprimir)',
    'not a readable XLSX file (broken zip directory)': 'archivo XLSX ilegible (directorio zip dañado)',
    'not a readable XLSX file (data outside the zip directory)':
      'archivo XLSX ilegible (datos fuera del directorio zip)',
    'not a readable XLSX file (no zip directory)': 'archivo XLSX ilegible (sin directorio zip)',
    'not a readable XLSX file ({0})': 'archivo XLSX ilegible ({0})',
    'nothing to change': 'nada que cambiar',
    'outside the pipeline': 'fuera del proceso de adhesión',
    'part "{0}" inflates more than {1} times: it is not an ordinary spreadsheet':
      'la parte «{0}» se descomprime más de {1} veces: no es una hoja de cálculo normal',
    'part "{0}" inflates to more than its declared size':
      'la parte «{0}» supera su tamaño declarado al descomprimirse',
    'part "{0}" uses a compression method spreadsheets do not use':
      'la parte «{0}» usa un método de compresión que las hojas de cálculo no usan',
    'questionId must be one of {0}': 'la pregunta debe ser {0}',
    'ranks more than {0} choices': 'ordena más de {0, plural, one {# opción} other {# opciones}}',
    'region code is empty': 'el código de región está vacío',
    'scores[{0}]: "{1}" is computed from the mapping, not scored':
      'scores[{0}]: «{1}» se calcula a partir del mapeo, no se puntúa',
    'scores[{0}]: unknown candidate': 'scores[{0}]: candidato desconocido',
    'scores[{0}]: unknown criterion': 'scores[{0}]: criterio desconocido',
    'scores[{0}]: {1} is outside the scale 0–{2} of "{3}"':
      'scores[{0}]: {1} está fuera de la escala 0–{2} de «{3}»',
    'sign must be one of {0}': 'el signo debe ser {0}',
    'tags[{0}] must be one of {1}': 'tags[{0}] debe ser {1}',
    'text is empty': 'el texto está vacío',
    'the choice has no English label': 'la opción no tiene etiqueta en inglés',
    'the choice list "{0}" is not in the choices sheet':
      'la lista de opciones «{0}» no está en la hoja de opciones',
    'the choice name is empty': 'el nombre de la opción está vacío',
    'the column "{0}" appears twice': 'la columna «{0}» aparece dos veces',
    'the column "{0}" is missing': 'falta la columna «{0}»',
    'the computed baseline is above 100 % or below 0 %':
      'la línea de base calculada está por encima del 100 % o por debajo del 0 %',
    'the dataset': 'el conjunto de datos',
    'the definitions file has no rows': 'el archivo de definiciones no tiene filas',
    'the event must end after it starts': 'el evento debe terminar después de empezar',
    'the file has a header but no rows': 'el archivo tiene encabezado pero ninguna fila',
    'the file is empty': 'el archivo está vacío',
    'the form has no question': 'el formulario no tiene ninguna pregunta',
    'the initiative has no diagnostic baseline': 'la iniciativa no tiene línea de base de diagnóstico',
    'the list name is empty': 'el nombre de la lista está vacío',
    'the name "{0}" is used twice': 'el nombre «{0}» se usa dos veces',
    'the process has sub-processes': 'el proceso tiene subprocesos',
    'the process has sub-processes of its kind': 'el proceso tiene subprocesos de su tipo',
    'the question has no English label': 'la pregunta no tiene etiqueta en inglés',
    'the question name is empty': 'el nombre de la pregunta está vacío',
    'the question type is empty': 'el tipo de pregunta está vacío',
    'the workbook has no "survey" sheet': 'el libro no tiene la hoja «survey»',
    'the workbook holds {0} parts (at most {1})': 'el libro contiene {0} partes (como máximo {1})',
    'the workbook inflates to more than {0}: split the file':
      'el libro supera {0} una vez descomprimido: divida el archivo',
    'the workbook is a ZIP64 archive, larger than any spreadsheet the server reads':
      'el libro es un archivo ZIP64, mayor que cualquier hoja de cálculo que lee el servidor',
    'there is no English label column': 'no hay columna de etiqueta en inglés',
    'tieType must be one of {0}': 'el tipo de vínculo debe ser {0}',
    'title is required': 'el título es obligatorio',
    'toItemId is not an item of this results chain':
      'toItemId no es un elemento de esta cadena de resultados',
    'unknown column "{0}" (columns: {1})': 'columna desconocida «{0}» (columnas: {1})',
    'unknown question type "{0}" (supported: select_one, select_multiple, rank, integer, decimal, text)':
      'tipo de pregunta desconocido «{0}» (admitidos: select_one, select_multiple, rank, integer, decimal, text)',
    'unsupported file type "{0}": use CSV, XLSX or Parquet':
      'tipo de archivo no admitido «{0}»: use CSV, XLSX o Parquet',
    'votes[{0}]: not a need of this survey': 'votes[{0}]: no es una necesidad de esta encuesta',
    'votes[{0}]: {1} is outside the scale (1 = less important, 2 = important, 3 = very important)':
      'votes[{0}]: {1} está fuera de la escala (1 = menos importante, 2 = importante, 3 = muy importante)',
    '{0} (column "{1}"): {2}': '{0} (columna «{1}»): {2}',
    '{0} MB': '{0} MB',
    '{0} cannot be negative ({1})': '{0} no puede ser negativo ({1})',
    '{0} is already a member of this workspace': '{0} ya es miembro de este espacio de trabajo',
    '{0} is already in the cluster ({1})': '{0} ya está en el clúster ({1})',
    '{0} is already in {1}': '{0} ya está en {1}',
    '{0} is empty': '{0} está vacío',
    '{0} is larger than the upload limit': '{0} supera el límite de subida',
    '{0} is not a constraint of this initiative': '{0} no es una restricción de esta iniciativa',
    '{0} is not a date': '{0} no es una fecha',
    '{0} is not a member; this event is for members only':
      '{0} no es miembro; este evento es solo para miembros',
    '{0} is not a number': '{0} no es un número',
    '{0} is not a period of this indicator': '{0} no es un periodo de este indicador',
    '{0} is not a whole number of seats (1 or more)': '{0} no es un número entero de plazas (1 o más)',
    '{0} is not a year ({1} to {2})': '{0} no es un año ({1} a {2})',
    '{0} is not a year of this dataset': '{0} no es un año de este conjunto de datos',
    '{0} is not an ECEI criterion': '{0} no es un criterio ECEI',
    '{0} is not an ECEI group': '{0} no es un grupo ECEI',
    '{0} is not an actor type': '{0} no es un tipo de actor',
    '{0} is too large a number': '{0} es un número demasiado grande',
    '{0} minutes': '{0, plural, one {# minuto} other {# minutos}}',
    '{0} names an actor that is not in this actor register':
      '{0} designa un actor que no está en este registro de actores',
    '{0} row(s) with an empty code or a missing, non-numeric or negative value, and {1} duplicate region × industry × year combination(s)':
      '{0, plural, one {# fila} other {# filas}} con un código vacío o un valor ausente, no numérico o negativo, y {1, plural, one {# combinación duplicada} other {# combinaciones duplicadas}} región × industria × año',
    '{0} was moved by someone else meanwhile; reload to see its stage':
      'Otra persona ha movido {0} mientras tanto; recargue para ver su etapa',
    '{0} {1} is not a year of this dataset ({2})': '{0} {1} no es un año de este conjunto de datos ({2})',
    '{0}, sheet "{1}"': '{0}, hoja «{1}»',
    '{0}, sheet "{1}", column "{2}"': '{0}, hoja «{1}», columna «{2}»',
    '{0}, sheet "{1}", row {2}': '{0}, hoja «{1}», fila {2}',
    '{0}, sheet "{1}", row {2}, column "{3}"': '{0}, hoja «{1}», fila {2}, columna «{3}»',
    '{0}: {1}': '{0}: {1}',
    '{0}:{1} (column "{2}"): {3}': '{0}, línea {1} (columna «{2}»): {3}',
    '{0}:{1}: {2}': '{0}, línea {1}: {2}',
  },
  words: {
    year: 'año',
    quarter: 'trimestre',
    month: 'mes',
    cooperation: 'cooperación',
    supply: 'suministro',
    information: 'información',
    joint_action: 'acción conjunta',
    prospect: 'prospecto',
    contacted: 'contactado',
    applied: 'solicitante',
    trial: 'periodo de prueba',
    member: 'miembro',
    left: 'baja',
    firm: 'empresa',
    start_up: 'startup',
    anchor_firm: 'empresa ancla',
    research: 'investigación',
    training: 'formación',
    association: 'asociación',
    business_development_service: 'servicio de desarrollo empresarial',
    finance: 'finanzas',
    government: 'administración pública',
    ngo: 'ONG',
    donor: 'donante',
    other: 'otro',
    owner: 'propietario',
    manager: 'gestor',
    staff: 'personal',
    viewer: 'lector',
    officer: 'responsable de programa',
    panel_member: 'miembro del jurado',
    evaluator: 'evaluador',
    low: 'bajo',
    medium: 'medio',
    high: 'alto',
    draft: 'borrador',
    pilot: 'piloto',
    live: 'activo',
    retired: 'retirado',
    plan: 'planificar',
    do: 'hacer',
    check: 'verificar',
    act: 'actuar',
    registered: 'inscrito',
    waitlisted: 'en lista de espera',
    attended: 'asistente',
    cancelled: 'cancelado',
    pending: 'pendiente',
    accepted: 'aceptado',
    rejected: 'rechazado',
    declined: 'rechazado',
    primary: 'principal',
    support: 'apoyo',
    management: 'gestión',
    initiating: 'inicio',
    planning: 'planificación',
    executing: 'ejecución',
    monitoring_closing: 'seguimiento y cierre',
    closed: 'cerrado',
    started: 'iniciado',
    completed: 'terminado',
    text: 'texto',
    integer: 'número entero',
    decimal: 'número decimal',
    select_one: 'opción única',
    select_multiple: 'opción múltiple',
    rank: 'clasificación',
    likert: 'escala Likert',
    actor_ties: 'vínculos entre actores',
    actor_type: 'tipo de actor',
    working_group: 'grupo de trabajo',
    event: 'evento',
    all_members: 'todos los miembros',
  },
};
