import type { agreementEn } from './agreement.js';

/** The agreement's and the business plan's words in Spanish (see ./agreement.ts). */
export const agreementEs: Record<keyof typeof agreementEn, string> = {
  'agreement.title.membership': 'Convenio de membresía / cooperación',
  'agreement.title.trial': 'Declaración de intención — asociación de prueba',
  'agreement.title.mou': 'Memorando de entendimiento',
  'agreement.template':
    'PLANTILLA — las cláusulas son redacción propia de Agglomera, no asesoramiento jurídico: hágalas revisar por un abogado antes de firmar.',
  'agreement.source':
    'Estructura: la estructura posible de un convenio de membresía / cooperación de la guía de clústeres de la GIZ.',
  'agreement.sourceTrial': 'Según las asociaciones de prueba de la guía de clústeres de la GIZ.',
  'agreement.sourceMou': 'Según la guía MarketMakers: un memorando sobre la oferta inicial de servicios.',
  'agreement.between': 'Entre {organisation} (la organización del clúster) y {partner} (el socio)',
  'agreement.partner': '[nombre del socio]',
  'agreement.unset': '[por completar]',
  'agreement.signature.organisation': 'Por la organización del clúster',
  'agreement.signature.partner': 'Por el socio',
  'agreement.signature.line': 'Lugar, fecha, firma',
  'agreement.part.preamble': 'Preámbulo',
  'agreement.part.cooperation': 'Cooperación',
  'agreement.part.fee': 'Cuota de cooperación',
  'agreement.part.information': 'Información sobre la empresa',
  'agreement.part.term': 'Duración del contrato',
  'agreement.part.trademark': 'Marca del clúster',
  'agreement.part.liability': 'Responsabilidad',
  'agreement.part.data': 'Seguridad y protección de datos',
  'agreement.part.law': 'Ley aplicable, idioma del contrato',
  'agreement.part.mediation': 'Cláusula de mediación',
  'agreement.part.arbitration': 'Procedimiento de arbitraje',
  'agreement.part.court': 'Tribunal competente',
  'agreement.part.other': 'Otras disposiciones',
  'agreement.point.cooperation.cooperation': 'Cooperación',
  'agreement.point.cooperation.services': 'Servicios del clúster',
  'agreement.point.fee.amount': 'Importe de la cuota',
  'agreement.point.fee.dueDate': 'Fecha de vencimiento',
  'agreement.point.fee.default': 'Mora en el pago',
  'agreement.point.information.obligation': 'Obligación de información',
  'agreement.point.information.control': 'Derechos de control',
  'agreement.point.information.disclosure': 'Declaración de divulgación',
  'agreement.point.term.indefinite': 'Duración indefinida',
  'agreement.point.term.regular': 'Rescisión ordinaria del contrato',
  'agreement.point.term.extraordinary': 'Rescisión extraordinaria del contrato',
  'agreement.point.term.relationships': 'Relaciones jurídicas a la terminación del contrato',
  'agreement.point.trademark.right': 'Derecho de uso y comercialización',
  'agreement.point.trademark.use': 'Uso de la marca',
  'agreement.point.trademark.after': 'Uso de la marca tras la terminación del contrato',
  'agreement.point.liability.success': 'Responsabilidad por el éxito, garantía, daños',
  'agreement.point.liability.disclaimer': 'Exención de responsabilidad',
  'agreement.point.data.processing': 'Tratamiento de datos',
  'agreement.point.data.consent': 'Consentimiento',
  'agreement.point.data.access': 'Protección de los datos de acceso',
  'agreement.point.data.use': 'Uso de los datos',
  'agreement.point.mediation.obligation': 'Obligación de mediación',
  'agreement.point.mediation.mediator': 'Mediador',
  'agreement.point.mediation.arbitration': 'Procedimiento de arbitraje',
  'agreement.point.arbitration.jurisdiction': 'Competencia del tribunal arbitral',
  'agreement.point.arbitration.referral': 'Remisión al tribunal arbitral',
  'agreement.point.arbitration.arbitrator': 'Nombramiento del árbitro',
  'agreement.point.arbitration.chairman': 'Nombramiento del presidente del tribunal arbitral',
  'agreement.point.arbitration.joint': 'Árbitro común',
  'agreement.point.arbitration.replacement': 'Nombramiento de un árbitro sustituto',
  'agreement.point.arbitration.venue': 'Sede',
  'agreement.point.arbitration.proceedings': 'Procedimiento',
  'agreement.point.arbitration.law': 'Ley aplicable',
  'agreement.point.arbitration.place': 'Fuero competente',
  'agreement.point.other.amendments': 'Modificaciones',
  'agreement.point.other.severability': 'Cláusula de divisibilidad',
  'agreement.clause.preamble':
    '{organisation} y {partner} desean cooperar en el clúster para el desarrollo de sus miembros y de la región. Acuerdan lo siguiente.',
  'agreement.clause.cooperation.cooperation':
    'El socio participa en las actividades y grupos de trabajo del clúster; la organización del clúster coordina la cooperación.',
  'agreement.clause.cooperation.services':
    'La organización del clúster ofrece al socio estos servicios: {services}.',
  'agreement.clause.fee.amount': 'El socio paga una cuota de cooperación de {amount} ({category}, {period}).',
  'agreement.clause.fee.dueDate': 'La cuota vence a los {days} días de la factura.',
  'agreement.clause.fee.default':
    'Si la cuota no se paga a su vencimiento, la organización del clúster envía un recordatorio y puede suspender sus servicios hasta el pago.',
  'agreement.clause.information.obligation':
    'El socio informa a la organización del clúster de los cambios en los datos de su empresa que importan para la cooperación.',
  'agreement.clause.information.control':
    'La organización del clúster puede pedir pruebas de la información dada, en los límites de la ley.',
  'agreement.clause.information.disclosure':
    'El socio acepta divulgar esta información empresarial: {information}.',
  'agreement.clause.term.indefinite': 'El convenio rige por tiempo indefinido desde su firma.',
  'agreement.clause.term.fixed':
    'El convenio rige por {months} meses desde su firma y se renueva por el mismo plazo salvo rescisión.',
  'agreement.clause.term.regular':
    'Cualquiera de las partes puede rescindir el convenio con un preaviso de {notice} meses.',
  'agreement.clause.term.extraordinary':
    'Cualquiera de las partes puede rescindir el convenio sin preaviso por causa justificada.',
  'agreement.clause.term.relationships':
    'A la terminación, las cuotas debidas hasta esa fecha siguen siendo exigibles y cada parte devuelve o borra la información confidencial de la otra.',
  'agreement.clause.trademark.right':
    'La organización del clúster posee el derecho de uso y comercialización de la marca del clúster.',
  'agreement.clause.trademark.use.allowed':
    'El socio puede usar la marca del clúster para mostrar su membresía.',
  'agreement.clause.trademark.use.with_approval':
    'El socio puede usar la marca del clúster tras la aprobación por escrito de cada uso por la organización del clúster.',
  'agreement.clause.trademark.use.not_allowed': 'El socio no puede usar la marca del clúster.',
  'agreement.clause.trademark.after': 'Tras la terminación, el socio deja de usar la marca del clúster.',
  'agreement.clause.liability.success':
    'La organización del clúster no garantiza el éxito empresarial; cada parte responde de los daños que cause con dolo o culpa grave.',
  'agreement.clause.liability.disclaimer':
    'Más allá de esto, la responsabilidad queda excluida en la medida que permita la ley.',
  'agreement.clause.data.processing':
    'La organización del clúster trata los datos del socio solo para la cooperación, conforme a {regime}.',
  'agreement.clause.data.consent':
    'El socio consiente este tratamiento y puede retirar su consentimiento en cualquier momento.',
  'agreement.clause.data.access':
    'Cada parte mantiene confidenciales sus datos de acceso a las plataformas del clúster.',
  'agreement.clause.data.use': 'Los datos no se ceden a terceros sin el consentimiento del socio.',
  'agreement.clause.law': 'El convenio se rige por {law}. El idioma del contrato es {language}.',
  'agreement.clause.mediation.obligation.yes':
    'Antes de acudir a un tribunal, las partes intentan resolver una controversia mediante mediación.',
  'agreement.clause.mediation.obligation.no': 'Las partes no han acordado una mediación.',
  'agreement.clause.mediation.mediator': 'El mediador es {mediator}.',
  'agreement.clause.mediation.arbitration.yes':
    'Si la mediación fracasa, la controversia se somete a arbitraje (parte XI).',
  'agreement.clause.mediation.arbitration.no':
    'Si la mediación fracasa, la controversia va al tribunal de la parte XII.',
  'agreement.clause.arbitration.no':
    'Las partes no han acordado un arbitraje; las controversias van al tribunal de la parte XII.',
  'agreement.clause.arbitration.rules': 'Según el reglamento del tribunal arbitral que elijan las partes.',
  'agreement.clause.arbitration.venue': 'El arbitraje tiene lugar en {venue}.',
  'agreement.clause.arbitration.law': 'El tribunal aplica {law}.',
  'agreement.clause.court': 'El tribunal competente es {court}.',
  'agreement.clause.other.amendments':
    'Las modificaciones del convenio se hacen por escrito y firmadas por ambas partes.',
  'agreement.clause.other.severability':
    'Si una disposición es inválida, las demás siguen siendo válidas y las partes la sustituyen por una válida lo más cercana a su propósito.',
  'agreement.trial.text':
    '{partner} declara su intención de cooperar en el clúster coordinado por {organisation}. Esta declaración solo le obliga a divulgar esta información empresarial: {information}.',
  'agreement.trial.noOther':
    'No crea ninguna otra obligación: no se debe ninguna cuota ni ningún servicio exclusivo antes de firmar un convenio de membresía.',
  'agreement.mou.text':
    'Los firmantes tienen la intención de cooperar como clúster y de prestar juntos esta oferta inicial de servicios: {services}.',
  'agreement.mou.noObligation':
    'Este memorando deja constancia de una intención común; no crea ninguna obligación de pago.',

  'businessPlan.title': 'Plan de negocio',
  'businessPlan.subtitle': '{organisation} · {date}',
  'businessPlan.source':
    'Compuesto según el paso 5 de la guía MarketMakers, la validación del plan de negocio.',
  'businessPlan.notRecorded': 'Aún no registrado.',
  'businessPlan.section.canvas': 'Lienzo de negocio del clúster',
  'businessPlan.section.strategy': 'Estrategia',
  'businessPlan.section.services': 'Servicios',
  'businessPlan.section.organisation': 'Organización y gobernanza',
  'businessPlan.section.staff': 'Personal',
  'businessPlan.section.finance': 'Plan financiero',
  'businessPlan.canvasVersion': 'Versión {version} del {date}',
  'businessPlan.vision': 'Visión',
  'businessPlan.objective': 'Objetivo',
  'businessPlan.initiative': 'Iniciativa',
  'businessPlan.measure': 'Medida',
  'businessPlan.service.included': 'incluido en la cuota',
  'businessPlan.service.paid': 'miembros {member}, otros {other}',
  'businessPlan.profile': 'Impulsor: {driver}; implementación: {shape}; {formality}',
  'businessPlan.legalForm': 'Forma jurídica: {form}, decidida el {date}. {reasons}',
  'businessPlan.body': '{name}: {seats} puestos',
  'businessPlan.decidesApplications': 'decide sobre las solicitudes de membresía',
  'businessPlan.position': '{title} — {fte} ETC, {holder}',
  'businessPlan.vacant': 'vacante',
  'businessPlan.fteTotal': 'Total: {fte} ETC',
  'businessPlan.team': 'Puntuación de cualificación del equipo: {score}',
  'businessPlan.plan':
    '{title} ({status}): {months} meses desde {start}, {currency}, saldo inicial {opening}',
  'businessPlan.lowest': 'Saldo de cierre más bajo: {lowest}',
  'businessPlan.firstGap': 'Primer mes bajo cero: mes {month}',
  'businessPlan.noGap': 'Ningún mes cierra bajo cero.',
  'businessPlan.mix': 'Composición de la financiación',
  'businessPlan.publicPrivate': 'Público {public}, privado {private} de {total}',
  'businessPlan.source.baseline_public': 'Financiación pública de base',
  'businessPlan.source.membership_fees': 'Cuotas de los miembros',
  'businessPlan.source.service_fees': 'Ingresos por servicios',
  'businessPlan.source.sponsoring': 'Patrocinio',
  'businessPlan.source.projects': 'Proyectos',
  'businessPlan.costs': 'Gastos previstos por categoría',
  'businessPlan.chart.income': 'Ingresos',
  'businessPlan.chart.expenditure': 'Gastos',
  'businessPlan.chart.closing': 'Saldo al cierre',
  'businessPlan.chart.liquidity': 'Ingresos, gastos y saldo al cierre de cada mes ({currency})',
  'businessPlan.chart.mix': 'Parte de los ingresos previstos por fuente',
  'businessPlan.category.personnel': 'Personal',
  'businessPlan.category.rent': 'Alquiler',
  'businessPlan.category.operating_supplies': 'Suministros de funcionamiento',
  'businessPlan.category.equipment': 'Equipamiento',
  'businessPlan.category.start_up': 'Costes de constitución y puesta en marcha',
  'businessPlan.category.other': 'Otros',
  'businessPlan.status.draft': 'borrador',
  'businessPlan.status.agreed': 'aprobado',
  'businessPlan.status.superseded': 'sustituido',
};
