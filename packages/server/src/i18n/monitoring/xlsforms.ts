import type { Catalogue } from '../catalogue.js';

/**
 * French and Spanish words of field XLSForms (issue 17): the import's errors, the checks of a
 * response against the form's rules, the export of repeats; merged by ../modules.ts.
 */
export const catalogues: Record<'en' | 'fr' | 'es', Catalogue> = {
  en: { messages: {}, words: {} },
  fr: {
    messages: {
      'Question {0}: there is no group "{1}"': 'Question {0} : il n’y a pas de groupe "{1}"',
      'names no group of this survey': 'ne désigne aucun groupe de cette enquête',
      'Question {0}: only calculate questions have a calculation':
        'Question {0} : seules les questions calculate ont un calcul',
      'Question {0}: a calculate question needs its calculation':
        'Question {0} : une question calculate a besoin de son calcul',
      'Question {0}: only questions with choices filter them':
        'Question {0} : seules les questions à choix filtrent leurs choix',
      '"{0}", {1}: {2}': '"{0}", {1} : {2}',
      '"{0}" is not a list of answers': '"{0}" n’est pas une liste de réponses',
      '"{0}" repeats more than {1} times': '"{0}" se répète plus de {1} fois',
      'has more than {0} rows': 'a plus de {0} lignes',
      '"{0}" is not a question of "{1}"': '"{0}" n’est pas une question de "{1}"',
      'is not a question of this repeat': 'n’est pas une question de cette répétition',
      ' ({0}, row {1})': ' ({0}, ligne {1})',
      '{0}{1}': '{0}{1}',
      'Please answer "{0}"{1}': 'Veuillez répondre à "{0}"{1}',
      '"{0}"{1}: is not one of the choices offered': '"{0}"{1} : ne fait pas partie des choix proposés',
      'is not one of the choices offered': 'ne fait pas partie des choix proposés',
      '"{0}"{1}: the answer does not meet the form\'s rule {2}':
        '"{0}"{1} : la réponse ne respecte pas la règle du formulaire {2}',
      'does not meet the rule {0}': 'ne respecte pas la règle {0}',
      'is not a date (YYYY-MM-DD)': 'n’est pas une date (AAAA-MM-JJ)',
      'is not a time (HH:MM)': 'n’est pas une heure (HH:MM)',
      'is not a date and time (YYYY-MM-DDTHH:MM)': 'n’est pas une date et heure (AAAA-MM-JJTHH:MM)',
      'is not acknowledged (OK)': 'n’est pas confirmé (OK)',
      '"{0}" is not a repeat of this survey': '"{0}" n’est pas une répétition de cette enquête',
      'names no repeat of this survey': 'ne désigne aucune répétition de cette enquête',
      'the choice has no label': 'le choix n’a pas de libellé',
      '"{0}" closes no open group': '"{0}" ne ferme aucun groupe ouvert',
      '"{0}" closes "{1}", opened at row {2} as a repeat':
        '"{0}" ferme "{1}", ouvert à la ligne {2} comme répétition',
      '"{0}" closes "{1}", opened at row {2} as a group':
        '"{0}" ferme "{1}", ouvert à la ligne {2} comme groupe',
      '"{0}" is not a valid name (letters, digits, _)':
        '"{0}" n’est pas un nom valide (lettres, chiffres, _)',
      'the question type "{0}" is not supported by the platform':
        'le type de question "{0}" n’est pas pris en charge par la plateforme',
      '"{0}" is not a type: a select names one list, then "or_other" if it has one':
        '"{0}" n’est pas un type : un select nomme une liste, puis "or_other" s’il en a un',
      '"{0}" already has a choice named "other"; "or_other" adds one':
        '"{0}" a déjà un choix nommé "other" ; "or_other" en ajoute un',
      '"{0}" is not a type': '"{0}" n’est pas un type',
      'unknown question type "{0}" (supported: select_one, select_multiple, rank, integer, decimal, text, note, date, time, datetime, calculate, acknowledge, begin group, begin repeat)':
        'type de question inconnu "{0}" (pris en charge : select_one, select_multiple, rank, integer, decimal, text, note, date, time, datetime, calculate, acknowledge, begin group, begin repeat)',
      'the repeat "{0}" opened here is never closed': 'la répétition "{0}" ouverte ici n’est jamais fermée',
      'the group "{0}" opened here is never closed': 'le groupe "{0}" ouvert ici n’est jamais fermé',
      // The messages of the XLSForm methods (packages/methods/src/surveys/xlsform-*.ts, xlsMessage).
      '"$" must start a reference such as {0}': '"$" doit ouvrir une référence comme {0}',
      '".." (the parent) is not supported': '".." (le parent) n’est pas pris en charge',
      '"{0}" cannot be read at character {1}: {2}': '"{0}" ne peut pas être lu au caractère {1} : {2}',
      '"{0}" cannot be read here': '"{0}" ne peut pas être lu ici',
      '"{0}" cannot start a value': '"{0}" ne peut pas commencer une valeur',
      '"{0}" expected here': '"{0}" attendu ici',
      '"{0}" is missing at the end': 'il manque "{0}" à la fin',
      '"{0}" is not a value: write a question as {1}':
        '"{0}" n’est pas une valeur : écrivez une question sous la forme {1}',
      'a text in quotes is not closed': 'un texte entre guillemets n’est pas fermé',
      'the calculation depends on itself ({0})': 'le calcul dépend de lui-même ({0})',
      'the expression ends too early': 'l’expression se termine trop tôt',
      'the expression goes on after its end': 'l’expression continue après sa fin',
      'the expression is longer than {0} characters': 'l’expression dépasse {0} caractères',
      'the expression is nested too deeply': 'l’expression est trop imbriquée',
      'the function {0}() is not supported': 'la fonction {0}() n’est pas prise en charge',
      'the repeat "{0}" sits inside the repeat "{1}": repeats within repeats are not supported':
        'la répétition "{0}" se trouve dans la répétition "{1}" : les répétitions imbriquées ne sont pas prises en charge',
      '{0} is not a question of this form': '{0} n’est pas une question de ce formulaire',
      '{0}() takes {1} argument, not {2}': '{0}() prend {1} argument, pas {2}',
      '{0}() takes {1} arguments, not {2}': '{0}() prend {1} arguments, pas {2}',
      '{0}() takes {1} to {2} arguments, not {3}': '{0}() prend de {1} à {2} arguments, pas {3}',
    },
    words: {},
  },
  es: {
    messages: {
      'Question {0}: there is no group "{1}"': 'Pregunta {0}: no hay ningún grupo "{1}"',
      'names no group of this survey': 'no designa ningún grupo de esta encuesta',
      'Question {0}: only calculate questions have a calculation':
        'Pregunta {0}: solo las preguntas calculate tienen un cálculo',
      'Question {0}: a calculate question needs its calculation':
        'Pregunta {0}: una pregunta calculate necesita su cálculo',
      'Question {0}: only questions with choices filter them':
        'Pregunta {0}: solo las preguntas con opciones las filtran',
      '"{0}", {1}: {2}': '"{0}", {1}: {2}',
      '"{0}" is not a list of answers': '"{0}" no es una lista de respuestas',
      '"{0}" repeats more than {1} times': '"{0}" se repite más de {1} veces',
      'has more than {0} rows': 'tiene más de {0} filas',
      '"{0}" is not a question of "{1}"': '"{0}" no es una pregunta de "{1}"',
      'is not a question of this repeat': 'no es una pregunta de esta repetición',
      ' ({0}, row {1})': ' ({0}, fila {1})',
      '{0}{1}': '{0}{1}',
      'Please answer "{0}"{1}': 'Responda a "{0}"{1}',
      '"{0}"{1}: is not one of the choices offered': '"{0}"{1}: no es una de las opciones ofrecidas',
      'is not one of the choices offered': 'no es una de las opciones ofrecidas',
      '"{0}"{1}: the answer does not meet the form\'s rule {2}':
        '"{0}"{1}: la respuesta no cumple la regla del formulario {2}',
      'does not meet the rule {0}': 'no cumple la regla {0}',
      'is not a date (YYYY-MM-DD)': 'no es una fecha (AAAA-MM-DD)',
      'is not a time (HH:MM)': 'no es una hora (HH:MM)',
      'is not a date and time (YYYY-MM-DDTHH:MM)': 'no es una fecha y hora (AAAA-MM-DDTHH:MM)',
      'is not acknowledged (OK)': 'no está confirmado (OK)',
      '"{0}" is not a repeat of this survey': '"{0}" no es una repetición de esta encuesta',
      'names no repeat of this survey': 'no designa ninguna repetición de esta encuesta',
      'the choice has no label': 'la opción no tiene etiqueta',
      '"{0}" closes no open group': '"{0}" no cierra ningún grupo abierto',
      '"{0}" closes "{1}", opened at row {2} as a repeat':
        '"{0}" cierra "{1}", abierto en la fila {2} como repetición',
      '"{0}" closes "{1}", opened at row {2} as a group':
        '"{0}" cierra "{1}", abierto en la fila {2} como grupo',
      '"{0}" is not a valid name (letters, digits, _)': '"{0}" no es un nombre válido (letras, cifras, _)',
      'the question type "{0}" is not supported by the platform':
        'el tipo de pregunta "{0}" no está admitido por la plataforma',
      '"{0}" is not a type: a select names one list, then "or_other" if it has one':
        '"{0}" no es un tipo: un select nombra una lista y luego "or_other" si lo tiene',
      '"{0}" already has a choice named "other"; "or_other" adds one':
        '"{0}" ya tiene una opción llamada "other"; "or_other" añade una',
      '"{0}" is not a type': '"{0}" no es un tipo',
      'unknown question type "{0}" (supported: select_one, select_multiple, rank, integer, decimal, text, note, date, time, datetime, calculate, acknowledge, begin group, begin repeat)':
        'tipo de pregunta desconocido "{0}" (admitidos: select_one, select_multiple, rank, integer, decimal, text, note, date, time, datetime, calculate, acknowledge, begin group, begin repeat)',
      'the repeat "{0}" opened here is never closed': 'la repetición "{0}" abierta aquí nunca se cierra',
      'the group "{0}" opened here is never closed': 'el grupo "{0}" abierto aquí nunca se cierra',
      // The messages of the XLSForm methods (packages/methods/src/surveys/xlsform-*.ts, xlsMessage).
      '"$" must start a reference such as {0}': '"$" debe abrir una referencia como {0}',
      '".." (the parent) is not supported': '".." (el padre) no está admitido',
      '"{0}" cannot be read at character {1}: {2}': '"{0}" no se puede leer en el carácter {1}: {2}',
      '"{0}" cannot be read here': '"{0}" no se puede leer aquí',
      '"{0}" cannot start a value': '"{0}" no puede empezar un valor',
      '"{0}" expected here': 'se esperaba "{0}" aquí',
      '"{0}" is missing at the end': 'falta "{0}" al final',
      '"{0}" is not a value: write a question as {1}': '"{0}" no es un valor: escriba una pregunta como {1}',
      'a text in quotes is not closed': 'un texto entre comillas no está cerrado',
      'the calculation depends on itself ({0})': 'el cálculo depende de sí mismo ({0})',
      'the expression ends too early': 'la expresión termina demasiado pronto',
      'the expression goes on after its end': 'la expresión continúa después de su final',
      'the expression is longer than {0} characters': 'la expresión supera los {0} caracteres',
      'the expression is nested too deeply': 'la expresión está demasiado anidada',
      'the function {0}() is not supported': 'la función {0}() no está admitida',
      'the repeat "{0}" sits inside the repeat "{1}": repeats within repeats are not supported':
        'la repetición "{0}" está dentro de la repetición "{1}": no se admiten repeticiones anidadas',
      '{0} is not a question of this form': '{0} no es una pregunta de este formulario',
      '{0}() takes {1} argument, not {2}': '{0}() toma {1} argumento, no {2}',
      '{0}() takes {1} arguments, not {2}': '{0}() toma {1} argumentos, no {2}',
      '{0}() takes {1} to {2} arguments, not {3}': '{0}() toma de {1} a {2} argumentos, no {3}',
    },
    words: {},
  },
};
