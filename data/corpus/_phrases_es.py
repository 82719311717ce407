# Frases en español (España). Formato: ver _phrases_en.py.

LOCALES = ["es_ES"]
EMAIL_DOMAINS = ["telefonica.example", "correo.example", "hotmail.example", "yahoo.example",
                 "mailbox.example", "gmail.example", "movistar.example"]
MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
          "septiembre", "octubre", "noviembre", "diciembre"]
DATE_FORMATS = ["{d:02d}/{m:02d}/{y}", "{d} de {month} de {y}", "{d:02d}/{m:02d}/{y}"]

P = {}

P["greet.casual"] = r"""
Hola,
Hola, buenas:
Buenos días,
Buenas tardes,
Hola equipo de Taskbridge,
Buenas,
Hola, ¿qué tal?
"""
P["greet.formal"] = r"""
Estimados señores:
Muy señores míos:
A la atención del Delegado de Protección de Datos:
Estimado Delegado de Protección de Datos:
A quien corresponda:
"""
P["greet.formal.business"] = r"""
Estimados señores:
Buenos días:
Estimado equipo de Taskbridge:
Hola, buenos días:
"""
P["greet.person"] = r"""
Hola, {to}:
Hola {to},
Buenos días, {to}:
¡Hola, {to}!
Buenas, {to}:
"""
P["close.casual"] = r"""
Gracias,
¡Gracias!
Un saludo,
Saludos,
Muchas gracias,
Un abrazo,
Gracias de antemano,
"""
P["close.formal"] = r"""
Atentamente,
Un cordial saludo,
Saludos cordiales,
Sin otro particular, les saluda atentamente,
"""
P["close.extra"] = r"""
Confírmenme cuando esté hecho, por favor.
Si necesitan verificar mi identidad, díganme.
Les agradecería una respuesta rápida.
Quedo a la espera de su confirmación por correo.
"""
P["sig.casual"] = r"""
{first}
{name}
{first}
{name}\n{phone}
{name}\nEnviado desde mi iPhone
{first}\n\nEnviado desde mi móvil
{name}\n{email}
-- \n{name}\nTel. {phone}
"""
P["sig.formal"] = r"""
{name}\n{street}\n{city_line}
{name}\n{street}\n{city_line}\nTel.: {phone}
{name}\n{address}\nCorreo: {email}
{name}\nTeléfono: {phone}\nEmail: {email}
{name}
"""
P["sig.business"] = r"""
{name}\n{company}\nTel. {phone}
{name}\nGerente | {company}\n{work_email}
{name}\nResponsable de marketing, {company}\nMóvil: {phone}
{name}\n{company}\n{street}\n{city_line}
"""
P["sig.agent"] = r"""
{name}\nAbogad[[o||a]]\n{firm}\n{street}\n{city_line}\nTel. {phone}
{name}\nAbogad[[o||a]] | {firm}\n{email}
{name}\n{firm}\n{street}, {city_line}\nTel. {phone}
"""
P["firm"] = r"""
{l1} & {l2} Abogados
Bufete {l1}
{l1} Abogados S.L.P.
Despacho {l1} y Asociados
"""
P["ctx.priv"] = r"""
Mi cuenta es la {acc}.
Estoy [[registrado||registrada]] con {email}.
El año pasado usé Taskbridge un par de veces, sobre todo para traducciones.
Mi último pedido fue el {order}, un diseño de logotipo.
Hace más de un año que no entro en la plataforma.
La cuenta está a nombre de {email} (ID {acc}).
En {year} contraté a un redactor a través de ustedes.
Soy [[antiguo cliente||antigua clienta]], número de cuenta {acc}.
Cerré mi tienda y ya no necesito la plataforma.
Solo me registré para pedir un presupuesto y nunca llegué a contratar nada.
Pueden localizarme en el {phone} si hace falta.
"""
P["ctx.ord"] = r"""
Ya hemos trabajado con ustedes (pedido {order}).
Soy [[el dueño||la dueña]] de {company}.
Somos un equipo pequeño de {city}.
Mi cuenta: {acc}.
Espero que estéis bien.
Como hablamos por teléfono:
Nos recomendó vuestra plataforma un compañero.
Es para {company}.
"""
P["transition"] = r"""
Además, tengo otra petición.
Por otro lado, quería pedirles otra cosa.
Y otra cosa más.
Asimismo, solicito lo siguiente.
Una segunda petición.
"""
P["bridge"] = r"""
Otro tema que no tiene que ver con el proyecto.
Por cierto, una cuestión aparte sobre mis datos.
Aprovecho para pedirles otra cosa.
PD:
Cambiando de tema.
Y una cosa que no tiene nada que ver con el pedido.
"""
P["bridge.task"] = r"""
Por otro lado, sobre mi proyecto actual:
Y ahora el encargo en sí:
En cuanto al trabajo:
Además, tengo un encargo nuevo:
"""
P["bridge.end"] = r"""
Una última cosa.
Para terminar, una petición.
Antes de cerrar, una última cosa.
Y por último:
"""
P["thread.done"] = r"""
Recibidos los archivos finales, gracias. Todo bien por mi parte y la factura está pagada.
Todo entregado y aprobado, gracias por el trabajo.
Gracias, por mi parte el proyecto está terminado.
Todo recibido, se puede cerrar el pedido.
Perfecto, ya he dejado la valoración. Hemos terminado.
"""
P["thread.quote"] = r"""
El {qdate} a las {qtime}, {qname} <{qemail}> escribió:
El {qdate}, {qname} <{qemail}> escribió:
{qname} escribió el {qdate}:
"""
P["thread.outlook"] = r"""
-----Mensaje original-----\nDe: {qname} <{qemail}>\nEnviado: {qdate} {qtime}
De: {qname} <{qemail}>\nFecha: {qdate} a las {qtime}
________________________________\nDe: {qname} <{qemail}>\nEnviado el: {qdate} {qtime}
"""
P["thread.re"] = r"""
RE:
Re:
RE:
"""
P["support.address"] = r"""
soporte@taskbridge.example
support@taskbridge.example
"""
P["formal.intro"] = r"""
Por medio del presente escrito ejerzo los derechos que me reconoce el Reglamento General de Protección de Datos (RGPD) respecto de mi cuenta {acc}.
Como [[usuario registrado||usuaria registrada]] de su plataforma (correo electrónico: {email}), me dirijo a ustedes en su condición de responsables del tratamiento.
Les escribo en relación con los datos personales que Taskbridge trata sobre mí como [[antiguo cliente||antigua clienta]].
En calidad de titular de la cuenta {acc}, y al amparo del RGPD y de la LOPDGDD, les dirijo la siguiente solicitud.
Les ruego consideren este correo una solicitud formal conforme al RGPD.
"""
P["formal.multi"] = r"""
Por todo ello, SOLICITO:
En concreto, solicito:
Les pido lo siguiente:
Mis solicitudes son las siguientes:
"""
P["formal.identity"] = r"""
A efectos de identificación: {name}, [[nacido||nacida]] el {dob}, con domicilio en {address}.
Mi correo electrónico registrado es {email} y mi teléfono, el {phone}.
Mi número de cliente es {acc}; mi último pedido fue el {order}.
Puedo aportar copia de mi DNI si fuera realmente necesario, aunque escribo desde la dirección registrada.
Datos identificativos: {name}, fecha de nacimiento {dob}, {address}, cuenta {acc}.
"""
P["formal.deadline"] = r"""
Les ruego que respondan en el plazo de un mes previsto en el artículo 12.3 del RGPD.
Quedo a la espera de su respuesta sin dilación indebida y, en todo caso, en el plazo máximo de un mes.
Les agradecería que acusaran recibo de esta solicitud.
"""
P["formal.threat"] = r"""
En caso de no recibir respuesta en dicho plazo, presentaré una reclamación ante la Agencia Española de Protección de Datos (AEPD).
Me reservo el derecho a acudir a la AEPD si no atienden esta solicitud.
Si consideran aplicable alguna excepción, les ruego que lo motiven.
"""
P["formal.header"] = r"""
{name}\n{street}\n{city_line}\n\nTaskbridge\nA la atención del Delegado de Protección de Datos\n\nEn {home_city}, a {date}\n\nAsunto: {subj}
{name}\n{address}\n{email}\n\n{date}\n\nAsunto: {subj}
Enviado por correo electrónico a privacy@taskbridge.example\n\n{date}\n\nAsunto: {subj}
"""
P["formal.task_intro"] = r"""
Nos gustaría recibir un presupuesto para el siguiente encargo.
Quisiera encargar el siguiente proyecto a través de su plataforma.
Buscamos un profesional adecuado para el proyecto que describimos a continuación.
Les resumo un encargo que nos gustaría gestionar mediante Taskbridge.
"""
P["formal.task_close"] = r"""
Les agradecería que nos indicaran el coste estimado y el plazo de entrega.
Quedamos a la espera de su propuesta.
Quedo a su disposición para cualquier aclaración.
¿Podrían confirmarnos si es viable en ese plazo?
"""
P["agent.lawyer"] = r"""
Actúo en nombre y representación de {client}, según poder que se adjunta.
Este despacho representa a {client}, <<antiguo cliente||antigua clienta>> de su plataforma, y les escribimos siguiendo sus instrucciones.
Asisto a {client} en un conflicto con un profesional de su plataforma y, en ese contexto, me dirijo a ustedes en relación con sus datos personales.
Hemos recibido el encargo de {client} de ejercer en su nombre los derechos que le reconoce el RGPD.
"""
P["agent.parent"] = r"""
Soy [[el padre||la madre]] de {client}, de {client_age} años. Se registró en su web sin nuestro conocimiento.
<<Mi hijo||Mi hija>> {client_first}, de {client_age} años, se dio de alta en Taskbridge para ofrecer clases particulares, algo que no le hemos permitido. Les escribo como su representante legal.
Les escribo en nombre de <<mi hijo||mi hija>> {client} ({client_age} años), que utilizó su plataforma para un trabajo del instituto.
"""
P["agent.family"] = r"""
Les escribo en nombre de <<mi padre||mi madre>>, {client}, de quien tengo un poder notarial.
<<Mi marido||Mi mujer>>, {client}, está <<ingresado||ingresada>> en el hospital y me ha pedido que me encargue de esto.
Soy [[el tutor legal||la tutora legal]] de {client} y gestiono sus asuntos.
"""
P["agent.auth"] = r"""
Adjunto el poder de representación firmado.
Adjunto copia del poder y de su DNI.
Acompaño la autorización por escrito y copia de mi documento de identidad.
Encontrarán en el anexo el documento que acredita la representación.
"""
P["agent.client_id"] = r"""
La cuenta de {client} está registrada con {client_email} ({client_acc}).
Datos identificativos: {client}, <<nacido||nacida>> el {client_dob}, {client_address}.
Se trata de la cuenta {client_acc}, asociada al correo {client_email}.
"""
P["agent.task_intro"] = r"""
Les escribo de parte de {client}, <<propietario||propietaria>> de {company}.
Soy asistente de {client} y hago este pedido en su nombre.
Nuestra agencia gestiona los proyectos de {company} y queremos encargar lo siguiente por cuenta de {client}.
{client} me ha pedido que contacte con ustedes en su nombre.
"""
P["chat.open"] = r"""
hola
buenas
Hola, una pregunta
Hola, ¿hay alguien?
hola, necesito ayuda
"""
P["chat.agent_greet"] = r"""
Hola, {first}, gracias por contactar con Taskbridge. ¿En qué puedo ayudarte?
¡Hola! Te atiende {agent}. ¿Qué necesitas?
Hola, gracias por esperar. ¿Cuál es tu consulta?
"""
P["chat.agent_ask"] = r"""
Claro. ¿Me confirmas el correo electrónico o el ID de tu cuenta?
Lo miro. ¿Con qué correo o número de cuenta estás [[registrado||registrada]]?
Gracias. Para localizar tu cuenta, ¿me das tu ID o tu email?
"""
P["chat.agent_end"] = r"""
Gracias, lo he registrado con el ticket {ticket}. Recibirás una confirmación por correo.
Entendido, lo paso al equipo correspondiente. Te responderán por correo.
Perfecto, {first}. He abierto el ticket {ticket} y te contactaremos.
Gracias por avisar. Te confirmaremos por correo cuando esté gestionado.
"""
P["chat.agent_end_ord"] = r"""
Gracias, he creado el ticket {ticket}.
Entendido, lo traslado y te contestan enseguida.
Vale, ya está enviado. Recibirás novedades por correo.
Gracias, {first}, me encargo y te digo algo.
"""
P["chat.cust_end"] = r"""
gracias
genial, ¡gracias!
vale, gracias
muchas gracias
perfecto
"""
P["form.labels"] = r"""
title=Formulario de contacto|name=Nombre|email=Correo electrónico|phone=Teléfono|account=Número de cuenta|order=Número de pedido|topic=Motivo|message=Mensaje|sent=Enviado el
"""
P["form.topic_privacy"] = r"""
Protección de datos
Datos personales
Privacidad
Mis datos
"""
P["form.topic_generic"] = r"""
Consulta general
Mi cuenta
Otros
Sugerencias
"""
P["form.topic_project"] = r"""
Nuevo proyecto
Consulta sobre un pedido
Solicitar presupuesto
Pedido
"""
P["form.topic_support"] = r"""
Cuenta y acceso
Facturación y pagos
Problema técnico
Pagos
"""
P["subj.generic"] = r"""
Consulta
Mi cuenta
Solicitud
Cuenta {acc}
Hola
Una pregunta
Seguimiento
Ticket {ticket}
Pedido {order}
"""
P["subj.formal"] = r"""
Ejercicio de derechos RGPD – {name}
Solicitud conforme al RGPD
Ejercicio de derechos sobre mis datos personales
Solicitud relativa a mis datos – cuenta {acc}
"""
P["subj.agent"] = r"""
Solicitud RGPD en nombre de {client}
Ref.: {client_last} – datos personales
Cuenta de {client}
"""
P["subj.access"] = r"""
Solicitud de acceso a mis datos
Derecho de acceso – art. 15 RGPD
¿Qué datos tienen sobre mí?
Copia de mis datos
"""
P["subj.deletion"] = r"""
Eliminar mi cuenta
Supresión de mis datos
Derecho al olvido
Borrar mis datos
Baja de la cuenta
"""
P["subj.correction"] = r"""
Datos incorrectos en mi cuenta
Rectificación de datos
Cambio de apellido
Actualizar mi dirección
"""
P["subj.portability"] = r"""
Exportación de mis datos
Portabilidad de datos
Traspaso de mis datos
"""
P["subj.restriction"] = r"""
Limitación del tratamiento
Bloqueo de mis datos
Reclamación – suspendan el tratamiento
"""
P["subj.objection"] = r"""
Oposición al tratamiento
Elaboración de perfiles
Uso de mis datos para IA
Derecho de oposición
"""
P["subj.opt_out"] = r"""
Darme de baja
Basta de correos publicitarios
Newsletter
No quiero publicidad
"""
P["subj.other_privacy"] = r"""
Pregunta sobre mis datos
¿Brecha de datos?
¿Quién tiene mis datos?
Consulta de privacidad
Consentimiento
"""
P["subj.writing"] = r"""
Redacción de contenidos
Artículos para el blog
Textos de la web
Corrección de estilo
"""
P["subj.translation"] = r"""
Solicitud de traducción
Traducción al {lang2}
Presupuesto de traducción
Subtítulos
"""
P["subj.design"] = r"""
Diseño de logotipo
Folleto
Cambios en el diseño
Nueva imagen de marca
"""
P["subj.software"] = r"""
Corrección de errores
Problema con la web
Busco desarrollador
Proyecto de app
"""
P["subj.bookkeeping"] = r"""
Contabilidad
Declaración del IVA
Cierre mensual
Cuentas anuales
"""
P["subj.marketing"] = r"""
Campaña de newsletter
Google Ads
Calendario de redes sociales
Auditoría SEO
"""
P["subj.data_analysis"] = r"""
Análisis de datos
Cuadro de mando
Análisis de encuesta
Informe de ventas
"""
P["subj.platform_support"] = r"""
Problema para iniciar sesión
Problema con el pago
Cobro duplicado
Duda sobre una factura
No puedo subir archivos
"""
P["subj.chat"] = r"""
Transcripción del chat
Chat en vivo – {date}
Conversación con {first}
"""
P["subj.form"] = r"""
Nuevo mensaje desde el formulario de contacto
Solicitud de contacto de {name}
"""
P["task.extra"] = r"""
Adjunto el briefing.
¿Cuánto costaría?
Si queréis, lo hablamos por teléfono.
¿Me podéis dar un presupuesto aproximado?
Los archivos están en la carpeta compartida.
El presupuesto ronda los {budget}.
Lo necesitaríamos {deadline}.
"""
P["deadlines"] = r"""
para el viernes
antes de que acabe la semana que viene
antes del día 15
en cinco días laborables
para el lunes a primera hora
antes de fin de mes
lo antes posible
"""
P["budgets"] = r"""
400 €
1.200 €
600 euros
250 €
900 €
"""
P["lang2"] = r"""
inglés
alemán
francés
italiano
neerlandés
portugués
polaco
"""

P["req.access.plain"] = r"""
¿Me pueden enviar una copia de todos los datos personales que tienen sobre mí?
¿Qué información tenéis exactamente sobre mí? Quiero verla toda.
Me gustaría saber qué ha guardado Taskbridge sobre mí: perfil, pedidos, mensajes, todo.
Por favor, envíenme todo lo que tengan archivado a mi nombre.
¿Cómo consigo una copia de mis datos? Quiero saber qué guardan.
Quiero una copia completa de mi información, incluidos los chats con los profesionales y las notas que haya hecho su equipo de soporte.
¿Pueden decirme qué datos personales han recogido sobre mí y de dónde los han sacado?
¿Qué sabéis de mí? Mandadme lo que tengáis, por favor.
Me gustaría ver toda la información que tienen almacenada sobre mí.
¿Qué datos míos tenéis guardados? Pásamelos, porfa.
Quisiera solicitar una copia de la información personal que Taskbridge conserva a mi nombre, si son tan amables.
oye, quiero ver que datos teneis de mi, me podeis mandar una copia?
Llevo años usando la plataforma y no tengo ni idea de lo que saben de mí. ¿Me podrían mandar un reporte con toda la información personal que tienen y para qué la usan? Se los agradezco.
Me parece increíble que desde el perfil no se pueda ver qué información mía guardan. Envíenmela, por favor.
Una pregunta rápida: ¿puedo ver lo que tenéis registrado sobre mí? Si es así, mandádmelo todo.
Quería saber si es posible ver toda la info personal que Taskbridge tiene registrada de mí, no sé muy bien cómo se pide esto.
¿Me podés pasar lo que tienen guardado de mí? Nombre, pagos, conversaciones, lo que sea.
Necesito un listado de todos mis datos personales que figuran en vuestros sistemas.
q datos mios tienen? mandenme todo plis
Buenas, me registré hace tiempo y me entró la curiosidad: qué información personal conservan de mí y para qué la usan? Me la pueden enviar
Busqué en la app un botón para consultar mis datos y no hay nada. ¿Me envían ustedes todo lo que guardan de mí?
Es la tercera vez que lo pregunto: ¿qué datos personales míos tienen? Quiero verlos, no es tan complicado.
Oigan, ¿guardan también mis llamadas a soporte y mis datos bancarios? Quiero saber exactamente qué tienen de mí, ahorita si se puede.
Me podrían compartir un informe con toda mi información personal, incluyendo direcciones IP, historial de inicio de sesión y datos de pago que tengan almacenados?
Buenos días, me regalan por favor el detalle de la información que manejan sobre mi persona.
Quiero echar un vistazo a todo lo que tenéis archivado de mí, ¿me lo pasáis?
Acceso a mis datos, por favor.
"""
P["req.access.formal"] = r"""
Conforme al artículo 15 del RGPD, solicito que me confirmen si tratan datos personales que me conciernen y, en tal caso, que me faciliten una copia de los mismos.
Por la presente ejerzo mi derecho de acceso. Solicito, en particular, información sobre los fines del tratamiento, las categorías de datos, los destinatarios y el plazo de conservación.
Solicito el acceso a la totalidad de mis datos personales, incluidos los que figuren en tickets de soporte, notas internas y copias de seguridad.
En ejercicio del derecho de acceso, les pido una copia de mis datos en un formato electrónico de uso común.
Les ruego me comuniquen todos los datos de carácter personal que obran en su poder, así como su origen.
Al amparo del artículo 15 del RGPD y del artículo 13 de la LOPDGDD, solicito el acceso a mis datos personales y la obtención de una copia de los mismos.
Les solicito una copia de los datos que me conciernen y que me informen de la existencia de decisiones automatizadas, incluida la lógica aplicada, conforme al artículo 15.1.h) del RGPD.
Como titular de los datos, solicito que me faciliten una copia de todos los datos personales que obran en sus ficheros, con indicación de su origen y de las finalidades para las que se tratan.
En ejercicio del derecho reconocido en el artículo 15 del Reglamento (UE) 2016/679, solicito que me remitan la relación completa de los datos personales que Taskbridge conserva sobre mí, junto con una copia de los mismos.
Al amparo de mis derechos ARCO y de la Ley Federal de Protección de Datos Personales en Posesión de los Particulares, solicito el acceso a la información personal que obra en su poder respecto de mi persona.
Les ruego que me hagan llegar, en soporte electrónico, una reproducción íntegra de la información personal que me concierne, incluidas las grabaciones de llamadas y los registros de conexión.
Conforme a lo dispuesto en la Ley 1581 de 2012, solicito conocer la información personal que Taskbridge ha recolectado sobre mí y recibir una copia de la misma.
De acuerdo con la Ley 25.326 de Protección de los Datos Personales, ejerzo mi derecho de acceso y solicito que me informen de los datos que sobre mí constan en sus bases.
Les ruego tengan a bien comunicarme cuáles de mis datos personales figuran en sus registros y con qué finalidades se tratan, así como remitirme un ejemplar de los mismos.
"""
P["req.deletion.plain"] = r"""
Por favor, eliminen mi cuenta y todos los datos que tengan sobre mí.
Ya no uso Taskbridge, ¿podéis borrar todo lo que tengáis mío?
Borren mi perfil, mi historial de pedidos y mis mensajes. No quiero que quede nada.
¿Pueden quitar toda mi información personal de su sistema? Gracias.
Quiero darme de baja y que mis datos se borren para siempre.
Borrad mis datos, por favor. Nunca terminé el registro y no quiero que estén en vuestra base de datos.
borrad mi cuenta porfa con todo lo que tenga
Quiero desaparecer de su plataforma por completo: cuenta, foto, valoraciones, todo.
Asegúrense de borrar todo lo mío, también la copia del DNI que subí para la verificación.
Deshaceos de todo lo que tengáis sobre mí, por favor.
cerrad mi cuenta y borrad mis datos, ya no la voy a usar mas
¿Me podrían dar de baja la cuenta y borrar toda la información asociada? Ya no le voy a dar uso.
Les escribo porque quiero que eliminen por completo mi perfil y cualquier dato personal vinculado a él. Les agradecería que me confirmaran cuando esté hecho.
He intentado borrar la cuenta desde la configuración y no encuentro la opción por ningún lado. Háganlo ustedes, por favor, y que no quede rastro de mis datos.
Quisiera que me eliminen la cuenta y toda mi información, por favor. Ya no voy a ocupar la plataforma.
¿Cómo hago para que borréis todo lo que tengáis de mí, incluidas las fotos y los archivos que subí?
Quiero que borren mi cuenta ya. No la uso desde hace meses y no me interesa que sigan teniendo mis datos.
¿Me podés eliminar el perfil y toda la info? Gracias, che.
eliminenme de taskbridge x favor, cuenta y datos, todo
Quería saber si me pueden suprimir la cuenta junto con mis fotos, mensajes y reseñas, porque ya cerré mi negocio.
Pido que no quede ni rastro de mí en la plataforma.
No quiero que mis datos sigan en sus servidores. Bórrenlos, cuenta incluida, y avísenme cuando esté listo.
Llevo dos semanas esperando a que borren mi cuenta. ¿Qué más tengo que hacer para que eliminen mis datos de una vez?
Borrad todo: perfil, portfolio, mensajes y las facturas que no estéis obligados a guardar.
Ya no quiero tener cuenta con ustedes; remuevan mis datos de su sistema porfa
Chicos, necesito que elimineis mi cuenta vieja, la que abrí con el correo del trabajo. Que no quede nada mío.
Quiero ejercer el derecho al olvido con ustedes: fuera mi nombre, mi foto y todo lo demás.
Hola, ¿cómo se cierra una cuenta para siempre? Quiero que se elimine con toda mi información personal, sin posibilidad de recuperarla.
"""
P["req.deletion.formal"] = r"""
Solicito la supresión de todos los datos personales que me conciernen, de conformidad con el artículo 17 del RGPD.
Ejerzo mi derecho de supresión («derecho al olvido») previsto en el artículo 17 del RGPD, dado que los datos ya no son necesarios para los fines para los que se recogieron.
Les ruego que supriman mis datos sin dilación indebida y me lo confirmen por escrito, indicando, en su caso, qué datos deben conservar por obligación legal.
Solicito la supresión de mi cuenta de cliente {acc} y de todos los datos asociados, así como que comuniquen la supresión a los destinatarios (artículo 19 del RGPD).
Les requiero para que eliminen definitivamente todos mis datos, también los tratados por sus encargados del tratamiento.
En virtud del artículo 15 de la LOPDGDD y del artículo 17 del RGPD, solicito que procedan a suprimir la totalidad de mis datos personales y a dar de baja mi cuenta {acc}.
Les requiero formalmente para que borren mis datos personales de sus sistemas, incluidas las copias de seguridad en cuanto sea técnicamente posible, y me acrediten por escrito la supresión efectuada.
Al amparo del derecho de supresión, solicito que eliminen mi perfil, mi historial de pedidos y la copia del documento de identidad que aporté en el proceso de verificación.
Por la presente solicito que procedan a la eliminación definitiva de la cuenta {acc} y de cuantos datos personales estén vinculados a ella, toda vez que ya no mantengo relación contractual alguna con Taskbridge.
En ejercicio de mi derecho de cancelación, comprendido en los derechos ARCO, les solicito que cancelen y eliminen de sus bases de datos toda la información personal que me concierne.
Ruego que borren de forma definitiva mis datos personales y que me remitan confirmación escrita una vez completada la eliminación.
Conforme a la Ley 1581 de 2012, solicito la supresión de mis datos personales de las bases de datos de Taskbridge, así como el cierre de mi cuenta.
Solicito la supresión de mis datos por haber sido tratados ilícitamente, de conformidad con el artículo 17.1.d) del RGPD, pues mi perfil siguió visible después de pedir su cierre.
Les requiero la supresión de todos los datos vinculados a la cuenta {acc}; de no atenderse esta petición en plazo, pondré los hechos en conocimiento de la Agencia Española de Protección de Datos.
"""
P["req.correction.plain"] = r"""
Mi apellido está mal escrito en el perfil: es {last}, no {wrong_last}.
Todavía tienen mi dirección antigua. Me he mudado, ahora es {address}.
¿Pueden corregir mi fecha de nacimiento? Tienen {wrong_dob} y la correcta es {dob}.
El teléfono que tienen mío está mal. El bueno es el {phone}.
En las facturas aparece mi nombre mal escrito («{wrong_name}»). ¿Pueden corregirlo en sus datos?
tenéis mi correo antiguo {old_email}, el nuevo es {email}, cambiadlo porfa
Según sus datos sigo viviendo en {old_address}. Hace años que no; pongan {address}, por favor.
Los datos que tienen de mí no son correctos: la dirección y la fecha de nacimiento están mal.
me he casado y ahora uso otro apellido: {last}. lo podeis cambiar en mi ficha?
Creo que hubo un error al registrarme, porque mi fecha de nacimiento aparece mal. Les agradecería que la cambiaran por la correcta, {dob}.
¿Me pueden actualizar el número de celular? El que tienen ya no es mío; el nuevo es {phone}.
Qué lío con mi nombre: en todos lados sale «{wrong_name}». Corregidlo, por favor, que no es tan difícil.
Les escribo para que actualicen mi domicilio en sus registros. La dirección correcta es {address}.
Cambien, por favor, el correo de contacto de mi cuenta: el que tienen tiene una errata. Debería ser {email}.
Hay un error en mi perfil: la fecha de nacimiento no es {wrong_dob}, es {dob}. ¿Lo arreglan?
Che, mi apellido lo tienen como {wrong_last} y es {last}. ¿Me lo corregís?
Cambié de número de celular, el de ahora es {phone}. Actualicen mi ficha porfa
mi direccion esta mal, ya no vivo en {old_address}. la nueva es {address}
Quería saber si pueden modificar el email de mi cuenta, porque {old_email} ya no existe. Pongan {email}.
Ya van dos veces que pido que cambien mi nombre. Sale «{wrong_name}» y no es así. ¿Tan difícil es?
Por favor, actualicen mis datos personales: dirección nueva {address} y teléfono nuevo {phone}.
Al registrarme me equivoqué al escribir el apellido y puse {wrong_last}. ¿Me lo cambian por {last}?
Los datos de mi ficha están desactualizados. Vivo en {address} desde el año pasado, corrijan eso por favor.
Les pido que rectifiquen mi correo, lo tienen mal escrito. El bueno es {email}.
Tenéis apuntado mi teléfono antiguo; el que vale ahora es el {phone}. Cambiadlo, que si no, no me localizáis.
Creo que alguien de soporte cambió mi dirección por error: ahora pone {old_address} y yo vivo en {address}. Déjenla como estaba.
"""
P["req.correction.formal"] = r"""
Conforme al artículo 16 del RGPD, solicito la rectificación de datos inexactos: mi fecha de nacimiento figura como {wrong_dob}, cuando la correcta es {dob}.
Ejerzo mi derecho de rectificación: la dirección que consta en mi ficha de cliente ({old_address}) es errónea; la correcta es {address}.
Les ruego rectifiquen sin demora mi apellido (registrado: {wrong_last}; correcto: {last}) y me lo confirmen.
Solicito la rectificación de mis datos, ya que el nombre de mi cuenta no coincide con el que figura en mi DNI ({name}).
Mis datos de contacto registrados son inexactos; les ruego que los rectifiquen (correo: {email}; teléfono: {phone}) y lo comuniquen a los posibles destinatarios.
Al amparo del artículo 16 del RGPD y del artículo 14 de la LOPDGDD, solicito que rectifiquen mi número de teléfono, que figura de forma errónea en su base de datos; el correcto es {phone}.
En ejercicio del derecho de rectificación, les comunico que la dirección de correo electrónico asociada a mi cuenta es inexacta y les ruego que la sustituyan por {email}.
Solicito, conforme al artículo 16 del RGPD, la rectificación de mi apellido, que aparece incompleto en su base de datos; el correcto es {last}, tal como acredito con copia de mi DNI.
Les comunico que el domicilio que figura en sus registros ({old_address}) ha dejado de ser exacto y solicito que lo sustituyan por {address}, conforme al artículo 16 del RGPD.
En ejercicio de mi derecho de rectificación, integrante de los derechos ARCO, solicito que se corrija mi fecha de nacimiento, registrada como {wrong_dob}, siendo la correcta {dob}.
Solicito la rectificación del nombre con el que figuro en sus bases de datos, que deberá constar como {name}, en concordancia con mi documento de identidad.
Les ruego que actualicen mi número de teléfono de contacto, que pasa a ser el {phone}, y que me confirmen por escrito la modificación.
Conforme a la Ley 1581 de 2012, solicito la actualización y rectificación de mi dirección de correo electrónico, que debe ser {email}.
Al amparo del artículo 16 del RGPD, pido que se completen y corrijan mis datos, ya que mi apellido consta como {wrong_last} cuando el correcto es {last}; adjunto documentación acreditativa.
"""
P["req.portability.plain"] = r"""
Me paso a otra plataforma. ¿Me podéis mandar mis datos en un formato que pueda importar allí, tipo CSV o JSON?
¿Puedo descargar mis proyectos y mi perfil en un archivo legible por máquina? Quiero llevármelos.
Exporten mis datos en un formato estructurado para poder trasladarlos a otro servicio, por favor.
¿Podéis pasar directamente mi historial de pedidos y mis valoraciones a {other_platform}? Ellos aceptan importaciones.
Quiero mis datos en JSON para subirlos a mi nuevo proveedor.
Me voy a {other_platform}. Enviadles mis datos o mandádmelos en un formato que se pueda reutilizar.
¿Hay alguna forma de bajarme todo mi historial en CSV para llevármelo a otra web?
quiero mis datos en json para pasarlos a {other_platform}, se puede?
Buenas tardes. Voy a cambiar de plataforma y quisiera que me entreguen mi perfil, mis pedidos y mis valoraciones en un archivo que se pueda importar en otro sistema.
¿Me pueden transferir mi perfil y mis reseñas a {other_platform}? Ya abrí una cuenta allá y no quiero empezar de cero.
La descarga de la configuración solo me da un PDF que no sirve para nada. Necesito mis datos en un formato estructurado, como CSV o JSON, para poder usarlos en otro sitio.
Les agradecería que me facilitaran los datos de mi cuenta en un formato abierto y legible por ordenador, ya que los voy a trasladar a otro proveedor.
Me cambio a {other_platform}. ¿Me pasáis mi perfil y mis pedidos en un CSV para subirlo allí?
Quería saber si existe forma de exportar toda mi actividad en Taskbridge a un archivo JSON, porque me la quiero llevar a otra plataforma.
¿Pueden mandar mis reseñas y mi historial directamente a {other_platform}? Así no arranco de cero allá.
dame mis datos en un formato que pueda cargar en otra app, csv o lo que sea
Necesito mis datos en un archivo que se pueda abrir con Excel e importar en otro sistema, que me voy a otro sitio.
Che, ¿me exportás mis proyectos y valoraciones en JSON? Me estoy mudando a {other_platform}.
Ustedes tienen cinco años de valoraciones mías. Quiero llevármelas a {other_platform} en un formato que ellos puedan importar, no en capturas de pantalla.
Lo que me descarga la web es un HTML imposible de reutilizar. Lo necesito en CSV o XML para migrarlo a otro proveedor.
Quiero trasladar mi cuenta a otra plataforma de freelancers: ¿me facilitan mis datos en un formato estructurado?
¿Se puede hacer una transferencia de mis datos de Taskbridge a {other_platform} sin que yo tenga que copiarlo todo a mano?
Portabilidad de mis datos a {other_platform}, por favor.
Mi nuevo proveedor me pide un archivo JSON con mi historial de trabajos; ¿me lo generan ustedes con todo lo que subí a la plataforma?
"""
P["req.portability.formal"] = r"""
De conformidad con el artículo 20 del RGPD, solicito recibir los datos personales que les he facilitado en un formato estructurado, de uso común y lectura mecánica.
Ejerzo mi derecho a la portabilidad y les pido que transmitan mis datos directamente a {other_platform}, cuando sea técnicamente posible.
Les ruego me faciliten los datos que proporcioné a Taskbridge (perfil, pedidos, mensajes, valoraciones) en un formato legible por máquina como JSON o CSV.
En ejercicio del derecho a la portabilidad, solicito una exportación de los datos de mi cuenta en un formato interoperable.
Conforme al artículo 20 del RGPD y al artículo 17 de la LOPDGDD, solicito que me entreguen los datos personales que he facilitado a Taskbridge en formato CSV o JSON.
Les requiero para que, en ejercicio del derecho a la portabilidad, transmitan directamente a {other_platform} los datos de mi perfil, mi historial de pedidos y mis valoraciones, en un formato estructurado y de uso común.
Solicito la portabilidad de los datos tratados sobre la base de la ejecución del contrato, que deberán entregárseme en un formato de lectura mecánica que permita su reutilización por otro responsable.
Al amparo del artículo 20.1 del RGPD, solicito que me entreguen, en formato CSV o JSON, los datos personales que he proporcionado a Taskbridge, a fin de transmitirlos a otro responsable del tratamiento.
Les requiero para que, conforme al artículo 20.2 del RGPD, remitan directamente a {other_platform} los datos de mi cuenta en un formato estructurado y de lectura mecánica.
Solicito que se me facilite una exportación completa de mi perfil profesional, mi historial de encargos y las valoraciones recibidas, en un formato interoperable que permita su reutilización en otro servicio.
En virtud del derecho a la portabilidad, les ruego que pongan a mi disposición la información que les he suministrado en un archivo legible por máquina, sin obstáculos para su traslado a {other_platform}.
Les comunico mi voluntad de trasladar mis datos a otro prestador de servicios, por lo que solicito su entrega en un formato estructurado, de uso común y lectura mecánica, de conformidad con la normativa de protección de datos aplicable.
Con fundamento en el artículo 20 del Reglamento (UE) 2016/679, y para el caso de que no resulte técnicamente posible la transmisión directa a {other_platform}, solicito que me remitan a mí los datos en formato JSON.
"""
P["req.restriction.plain"] = r"""
No hagan nada con mis datos hasta que se resuelva lo de la factura: congélenlos y ya está.
No estoy de acuerdo con los datos de mi cuenta. Mientras tanto no los uséis, pero tampoco los borréis.
¿Pueden bloquear mis datos de momento? No quiero que se traten mientras dure mi reclamación contra el profesional.
No borren nada, lo necesito para un procedimiento, pero dejen de usarlo para cualquier otra cosa.
Hasta que se aclare lo del pedido {order}, mis datos solo deben conservarse, no utilizarse.
Suspendan cualquier tratamiento de mis datos mientras compruebo si lo que tienen es correcto.
congelad mis datos mientras se resuelve la disputa con el diseñador, no quiero que se usen para nada
Tengo abierta una reclamación por el pedido {order}. Mientras dure, ¿pueden dejar mis datos guardados pero sin tratarlos?
Mi abogado me dice que conserven mis datos tal cual por si vamos a juicio, pero que no hagan ningún otro uso de ellos. ¿Lo pueden dejar así?
¿Pueden dejar de procesar mi información mientras verifican si está bien? No quiero que la borren, solo que no la ocupen por ahora.
Me parece fatal que sigan usando mis datos cuando saben que estoy en pleno conflicto con ustedes. Limiten su uso hasta que se aclare todo.
Les ruego que, de momento, se limiten a conservar mi información sin utilizarla, hasta que termine la revisión de mi caso.
Mientras discutimos lo del pedido {order}, no quiero que usen mis datos para nada. Guárdenlos, pero quietos.
Quería saber si pueden poner en pausa el uso de mi información mientras revisan si es correcta. No pido que la borren.
che, no borren nada pero tampoco usen mis datos hasta que se arregle el reclamo del pedido {order}
Necesito que conserven mis datos porque voy a denunciar al profesional, pero no los procesen para ninguna otra cosa mientras tanto.
No estoy conforme con los datos que tenéis de mí y lo estoy discutiendo con vosotros. Hasta que haya respuesta, dejadlos aparcados, sin usarlos.
Pausen el tratamiento de mis datos, por favor. Solo pueden guardarlos.
Quiero que mi información quede bloqueada hasta que termine el arbitraje con el freelancer: que nadie la use, pero sin eliminarla.
Ojo, no me borren la cuenta, la necesito como prueba en el juicio. Lo que sí quiero es que no se haga ningún uso de mis datos.
Ya pedí que verificaran mis datos y nadie me responde. Mientras tanto, ¿los pueden dejar de usar? Es lo mínimo.
restringid el uso de mis datos hasta que cerremos lo del pedido {order}, gracias
Sé que ustedes ya no necesitan mis datos, pero no los borren: me hacen falta para reclamar. Simplemente manténganlos guardados sin usarlos.
Les pido que mi información quede en suspenso, archivada y sin procesarse, hasta que se aclare si el cargo del pedido {order} fue legítimo.
"""
P["req.restriction.formal"] = r"""
Solicito la limitación del tratamiento de mis datos personales conforme al artículo 18.1.a) del RGPD mientras verifican su exactitud.
A la espera de que se resuelva la reclamación relativa al pedido {order}, solicito que limiten el tratamiento de mis datos a su mera conservación (artículo 18 del RGPD).
Me opongo a la supresión de mis datos, que necesito para el ejercicio de reclamaciones, y solicito en su lugar la limitación de su tratamiento.
Les ruego que limiten el tratamiento de mis datos hasta que se resuelva mi oposición.
Solicito que bloqueen mis datos y se abstengan de cualquier tratamiento distinto de su conservación hasta la resolución del asunto.
Al amparo del artículo 18.1.c) del RGPD y del artículo 16 de la LOPDGDD, solicito la limitación del tratamiento de mis datos, pues, aunque ustedes ya no los necesiten, me son necesarios para la formulación de reclamaciones.
Habiendo impugnado la exactitud de los datos de mi cuenta, solicito que su tratamiento quede limitado durante el plazo que precisen para verificarla y que me informen antes de levantar dicha limitación.
Solicito que los datos vinculados al pedido {order} queden marcados como limitados y que únicamente se conserven mientras se tramita el procedimiento judicial en curso.
En virtud del artículo 18.1.b) del RGPD, dado que el tratamiento de mis datos es ilícito pero no deseo que se eliminen, solicito que se limite su utilización.
Solicito que mis datos personales se marquen como bloqueados y que únicamente se conserven, sin ser objeto de ningún otro tratamiento, hasta que se dirima la controversia sobre el pedido {order}.
Les ruego que suspendan el tratamiento de mis datos personales en tanto comprueban su exactitud, que he puesto en duda en comunicaciones anteriores.
De conformidad con la normativa de protección de datos, solicito que la información relativa a mi cuenta se conserve exclusivamente a efectos del ejercicio o la defensa de reclamaciones y no se emplee para ningún otro fin.
Por medio del presente, requiero que, mientras se tramita el procedimiento arbitral iniciado respecto del pedido {order}, se abstengan de utilizar mis datos personales para cualquier finalidad distinta de su custodia.
Solicito que el tratamiento de mis datos quede restringido a su mera conservación y que se me avise antes de levantar dicha restricción, conforme al artículo 18.3 del RGPD.
"""
P["req.objection.plain"] = r"""
No quiero que mi perfil se use para vuestro emparejamiento con IA ni para ningún tipo de perfilado. Parad, por favor.
No estoy de acuerdo con que analicen mis mensajes con IA «para mejorar el servicio». Dejen de hacerlo.
No usen mi historial de pedidos para hacerme un perfil. No lo quiero.
En su política de privacidad dice que usan mis datos por «interés legítimo» para estadísticas. Me opongo.
Dejad de usar mis archivos de proyecto para entrenar vuestros modelos de IA.
No quiero que me puntúen ni me clasifiquen según cómo me comporto en la web.
no quiero que la IA lea mis mensajes con los freelancers, desactivadlo para mi cuenta
¿Por qué me ponen una «puntuación de cliente»? No quiero que me evalúen con un algoritmo; dejen de hacerlo.
Los borradores y diseños que comparto en los proyectos son míos: no quiero que sirvan para alimentar ningún modelo de IA de Taskbridge.
Les pediría que no sigan analizando mi actividad en la web para decidir qué profesionales me muestran. Prefiero que no me perfilen.
Leí que usan mis datos por «interés legítimo» para desarrollar nuevos productos. No estoy de acuerdo, ¿me pueden excluir de eso, por fa?
Que el sistema me clasifique como «cliente de riesgo» por haber puesto reclamaciones me parece inaceptable. Me opongo a ese tipo de valoración automática.
No me gusta nada que un algoritmo decida qué encargos me enseñáis según mi historial. No quiero que me perfiléis.
Quería saber si puedo excluir mi cuenta del análisis con IA que hacen de los chats. No estoy de acuerdo con eso.
saquen mis datos del entrenamiento de su inteligencia artificial, no autorizo eso
¿Por qué mi cuenta tiene una nota de fiabilidad? No quiero que me apliquen ningún scoring; dejen de calcularlo.
Me niego a que usen mis proyectos como material para sus modelos de IA.
Ustedes dicen que tienen un «interés legítimo» en analizar mi actividad. Yo no lo veo así y me opongo a ese uso.
Che, no quiero que me armen un perfil con lo que hago en la web. Sáquenme de eso.
Paren de rastrear mi comportamiento en la plataforma para clasificarme como cliente. Es invasivo.
Me opongo a que analicéis mis conversaciones con los diseñadores, con IA o sin ella.
No quiero formar parte de sus estudios internos sobre el comportamiento de los usuarios. Les pido que me dejen fuera.
oye, lo del ranking de clientes que sacáis de mis pedidos no lo quiero, desactivadlo
Vi en la configuración que mis archivos pueden usarse «para mejorar la IA». Me opongo, no quiero que se aproveche nada mío para eso.
"""
P["req.objection.formal"] = r"""
Me opongo, con arreglo al artículo 21 del RGPD, al tratamiento de mis datos personales basado en su interés legítimo, incluida la elaboración de perfiles.
Por motivos relacionados con mi situación particular, me opongo al tratamiento de mis datos con fines de entrenamiento o evaluación de modelos de inteligencia artificial.
Me opongo al análisis automatizado y a la elaboración de perfiles con mis datos de uso descritos en su política de privacidad, y les pido que cesen.
Ejerzo mi derecho de oposición a todo tratamiento de mis datos basado en el artículo 6.1.f) del RGPD.
Me opongo a que utilicen mis mensajes y archivos para desarrollar sus funciones de IA.
Al amparo del artículo 21 del RGPD y del artículo 18 de la LOPDGDD, me opongo al tratamiento de mis datos para la elaboración de perfiles de comportamiento.
Me opongo a que mis comunicaciones con los profesionales sean objeto de análisis automatizado mediante herramientas de inteligencia artificial, tratamiento que ustedes fundamentan en su interés legítimo.
Ejerzo mi derecho de oposición a que mis datos se utilicen para calcular puntuaciones o clasificaciones de clientes y les solicito que acrediten, en su caso, motivos legítimos imperiosos que prevalezcan sobre mis intereses.
Conforme al artículo 21.1 del RGPD, manifiesto mi oposición al tratamiento de mis datos con fines de análisis estadístico y de mejora de producto que Taskbridge fundamenta en su interés legítimo.
Me opongo a la elaboración de perfiles a partir de mi historial de navegación y de contratación, por lo que solicito que cese dicho tratamiento con efectos inmediatos.
En ejercicio del derecho de oposición que forma parte de los derechos ARCO, manifiesto mi oposición a que mis datos se utilicen para entrenar sistemas de inteligencia artificial.
Solicito que mis mensajes, archivos y valoraciones queden excluidos de cualquier conjunto de datos empleado para desarrollar modelos algorítmicos, y manifiesto formalmente mi oposición a dicho tratamiento.
Al amparo del artículo 21 del RGPD, me opongo a la asignación de puntuaciones de riesgo o de fiabilidad a mi cuenta y a su uso para decidir qué servicios se me ofrecen.
Por razones derivadas de mi situación particular, me opongo a que Taskbridge siga tratando mis datos de actividad sobre la base de su interés legítimo; de no cesar, les ruego que justifiquen qué motivos prevalecen sobre mis derechos.
"""
P["req.opt_out.plain"] = r"""
Por favor, dejen de enviarme correos publicitarios.
Dadme de baja de todas vuestras newsletters.
Sáquenme de su lista de correo; sigo recibiendo ofertas aunque me di de baja.
No quiero más SMS con promociones, nunca los pedí.
No quiero publicidad personalizada: dejen de compartir mis datos con sus socios publicitarios.
Ni correos promocionales ni llamadas comerciales, gracias.
¿Podéis quitarme la newsletter de «Profesionales recomendados»? Y los correos de descuentos también.
Eliminen {email} de todas sus listas de marketing.
baja de la newsletter porfa
dejad de mandarme mails de ofertas xfa, no los leo
¿Cómo me doy de baja de los correos promocionales? He pulsado el enlace tres veces y siguen llegando.
No quiero recibir más llamadas comerciales de su parte. Ayer me llamaron a la hora de comer; por favor, no vuelvan a hacerlo.
Por favor ya no me manden mensajes de texto con promociones, me llegan a diario y es muy molesto.
Les agradecería que dejaran de utilizar mi dirección {email} para enviarme novedades y descuentos.
Retiro el permiso que di para recibir publicidad. Quiero seguir usando la cuenta, pero sin correos de marketing.
No quiero más correos de marketing. ¿Cómo lo desactivo?
Ya basta de publicidad, por favor, me llegan tres correos al día.
Quería saber si pueden dejar de llamarme para ofrecerme el plan premium; no me interesa.
desuscribanme de todo lo promocional xfa
Che, dejen de mandarme WhatsApp con ofertas, nunca les di permiso.
Les pido que no vendan ni compartan mi información con anunciantes.
Quiten {email} de la lista del boletín semanal, gracias.
¿Me podéis quitar de los correos de «novedades» y de los de «te puede interesar»? Solo quiero los avisos de mis pedidos.
He desactivado las notificaciones promocionales en la app y aun así me siguen llegando. Desactívenlas ustedes desde su lado, por favor.
Ya no autorizo que me envíen comunicaciones comerciales; anulen esa casilla que marqué al registrarme.
No quiero que usen mis datos para mostrarme anuncios personalizados en redes sociales.
Hola, la newsletter ya me satura, son demasiados correos. Sáquenme de ella, por favor.
"""
P["req.opt_out.formal"] = r"""
Revoco mi consentimiento para recibir comunicaciones comerciales por correo electrónico, SMS o teléfono.
Les solicito que cesen en el envío de publicidad y eliminen mis datos de contacto de sus listas de marketing.
Les ruego que den de baja mi dirección {email} de todas sus newsletters y campañas con efecto inmediato.
Les pido que no utilicen mis datos de contacto con fines comerciales y me confirmen el cambio.
Con arreglo al artículo 21.2 del RGPD, me opongo al tratamiento de mis datos con fines de mercadotecnia directa y solicito que dejen de remitirme comunicaciones comerciales.
De conformidad con el artículo 22.1 de la LSSI, revoco el consentimiento prestado para la recepción de comunicaciones comerciales por correo electrónico u otros medios electrónicos.
Solicito la exclusión de mis datos de contacto de cualquier tratamiento con fines publicitarios, incluida la publicidad segmentada en redes sociales.
Les comunico que revoco, con efectos inmediatos, el consentimiento que otorgué para el envío de comunicaciones comerciales por cualquier canal, conforme al artículo 7.3 del RGPD.
Solicito que mi dirección {email} sea excluida de todas sus listas de distribución publicitaria y que no vuelvan a contactarme con fines promocionales.
De conformidad con el artículo 23 de la LOPDGDD, solicito que incluyan mis datos en sus sistemas de exclusión publicitaria y que cesen las llamadas comerciales a mi número.
En ejercicio de mis derechos ARCO, solicito que dejen de utilizar mis datos para finalidades secundarias de publicidad, mercadotecnia o prospección comercial.
Les requiero para que se abstengan de ceder o compartir mis datos con terceros con fines de publicidad o comercialización.
Les ruego que me den de baja de su boletín informativo y de cualquier otra comunicación de carácter comercial, y que me confirmen la baja por escrito.
"""
P["req.other_privacy.plain"] = r"""
¿A quién le han pasado mis datos? Desde que me registré recibo spam.
Me ha llegado un correo sobre una brecha de datos. ¿Están afectados mis datos?
¿Dónde guardan mis datos? ¿Están fuera de la UE?
¿Usáis mis datos para entrenar vuestra IA? ¿Cómo funciona eso?
Retiro mi consentimiento, sea lo que sea lo que aceptara al registrarme.
¿Quién es su delegado de protección de datos y cómo puedo contactarle?
¿Cuánto tiempo guardan mis datos si dejo de usar la plataforma?
Un profesional me llamó a mi móvil personal. ¿Cómo consiguió mi número?
Quiero presentar una queja ante su DPD por cómo se han tratado mis datos.
¿mis datos se guardan en servidores de estados unidos? me preocupa un poco
¿Con qué empresas comparten mis datos? Me gustaría saberlo antes de seguir usando la plataforma.
Quiero retirar el consentimiento que di al registrarme para el tratamiento de mis datos. ¿Dónde lo hago?
¿Ustedes tienen un encargado de datos personales con quien pueda hablar directamente? Tengo varias dudas sobre cómo manejan mi información.
Una persona a la que no conozco me ha mencionado detalles de mi último pedido. ¿Es posible que haya habido una filtración? Me gustaría que lo investigaran.
A partir de ahora será mi hermana quien se ocupe de todo lo relativo a mis datos con ustedes; por favor, atiéndanla como si fuera yo.
¿Le pasan mis datos a otras empresas? Quiero saber a cuáles.
Recibí un SMS raro que mencionaba mi pedido. ¿Los han hackeado?
Quería saber en qué país están los servidores donde guardan mi información.
Si cierro la cuenta, ¿cuánto tiempo se quedan ustedes con mis datos?
Ya no consiento que Taskbridge trate mis datos con base en lo que acepté al darme de alta; considérenlo retirado.
¿Con quién hablo para poner una queja sobre cómo han manejado mis datos? Me parece grave.
cual es el mail del delegado de proteccion de datos? no lo encuentro en la web
Un diseñador al que nunca contraté tiene la dirección de mi casa. ¿Cómo es posible? Quiero explicaciones.
¿Mandan mis datos a Estados Unidos o a la India para el servicio de soporte? Me gustaría saberlo.
Vi en las noticias lo del hackeo a un proveedor de pagos. ¿Eso afecta a Taskbridge y a mi tarjeta?
Hola, ¿los datos del DNI que subí para verificarme se guardan cifrados? Me preocupa que se filtren.
Contame una cosa: ¿ustedes tienen mi información alojada en la nube de alguna empresa extranjera?
"""
P["req.other_privacy.formal"] = r"""
Les ruego me indiquen la identidad de todos los terceros y encargados a los que se han comunicado mis datos desde {year}.
Revoco todos los consentimientos otorgados a Taskbridge, con efectos para el futuro (artículo 7.3 del RGPD).
Deseo presentar una reclamación ante su Delegado de Protección de Datos por la comunicación de mis datos de contacto a un profesional sin mi consentimiento.
Les ruego me informen de si mis datos se han visto afectados por el incidente de seguridad conocido recientemente y qué medidas han adoptado.
Les ruego me indiquen si mis datos se transfieren fuera del EEE y, en su caso, en qué garantías del artículo 46 del RGPD se basan.
Les comunico que he designado a {rep} como representante en todos los asuntos relativos a la protección de mis datos.
Les ruego que me faciliten los datos de contacto de su Delegado de Protección de Datos, conforme al artículo 37.7 del RGPD y al artículo 34 de la LOPDGDD.
Solicito información sobre el plazo durante el cual conservarán mis datos personales una vez cancelada mi cuenta y sobre los criterios utilizados para determinarlo.
En relación con la violación de seguridad que han notificado, les requiero para que me informen, conforme al artículo 34 del RGPD, de su naturaleza, de sus posibles consecuencias para mí y de las medidas adoptadas.
Les solicito que me informen de las empresas concretas a las que hayan cedido o comunicado mis datos personales desde {year}, indicando la finalidad de cada cesión.
Por la presente formulo una queja formal por la falta de respuesta a mis comunicaciones previas en materia de protección de datos y solicito que sea trasladada a su Delegado de Protección de Datos.
En términos de la Ley Federal de Protección de Datos Personales en Posesión de los Particulares, solicito que me den a conocer las transferencias de mis datos que hayan realizado a terceros, nacionales o extranjeros.
Dejo sin efecto, con arreglo al artículo 7.3 del RGPD, cualquier autorización que hubiera otorgado para el tratamiento de mis datos personales basado en el consentimiento.
Si en el plazo legal no obtengo explicación sobre el incidente de seguridad que afectó a mi cuenta, presentaré una reclamación ante la AEPD conforme al artículo 77 del RGPD; entretanto, les ruego que detallen qué datos míos se vieron comprometidos.
Les ruego me informen del periodo de conservación aplicable a mis datos una vez finalizada la relación contractual, así como de la base jurídica que justifica mantenerlos.
"""
P["combo.access+deletion"] = r"""
Primero envíenme una copia de todo lo que tengan sobre mí y después bórrenlo todo.
Quiero ver qué tenéis guardado de mí y luego que lo borréis todo.
Solicito el acceso a mis datos (art. 15 RGPD) y, a continuación, su supresión (art. 17 RGPD).
Antes de irme quiero saber qué datos míos tienen y que me los manden; hecho eso, borren la cuenta entera.
Les solicito una copia de la información personal que conservan sobre mí y, una vez remitida, la supresión de todos esos datos.
"""
P["combo.deletion+opt_out"] = r"""
Sáquenme de sus listas de correo y, de paso, eliminen mi cuenta.
Nada de newsletters, y borrad mi cuenta y mis datos por completo.
Dejen de enviarme publicidad y supriman mis datos de sus sistemas.
No me manden más ofertas por correo ni por SMS, y eliminen mi perfil con todos mis datos.
Solicito la baja de sus comunicaciones comerciales y la supresión completa de mi cuenta (art. 17 RGPD).
"""
P["combo.correction+opt_out"] = r"""
Corrijan mi apellido ({last}, no {wrong_last}) y dejen de mandarme publicidad, por favor.
Mi dirección nueva es {address}: actualícenla, pero sin enviarme propaganda.
Mi correo ahora es {email}; actualizadlo, pero no lo apuntéis a ninguna newsletter.
Cambien el correo de mi ficha a {email} y, ya de paso, no me apunten a ninguna lista promocional.
Rectifiquen mi apellido, que es {last}, y quítenme de las campañas de marketing por correo.
"""
P["combo.deletion+portability"] = r"""
Mándenme mis datos en JSON para poder irme a {other_platform} y luego borren mi cuenta.
Exporten mi cuenta en un formato legible por máquina y después supriman todos mis datos.
Me voy a {other_platform}: primero mis datos en CSV y luego borrad el perfil.
Quiero llevarme mis datos a {other_platform} en un archivo JSON; cuando lo tenga, eliminen mi cuenta por completo.
Solicito la portabilidad de mis datos en formato CSV y, acto seguido, la supresión de la cuenta y de toda la información asociada.
"""
P["combo.correction+restriction"] = r"""
Mi fecha de nacimiento está mal en sus registros; hasta que la corrijan, no usen mis datos para nada.
Corrijan mi dirección y suspendan el tratamiento de mis datos mientras tanto.
El nombre de mi cuenta es incorrecto. Limiten el uso de mis datos hasta que lo rectifiquen.
Tienen mal mi número de teléfono; mientras lo corrigen, no usen mi información para ninguna otra cosa.
Solicito la rectificación de mi fecha de nacimiento y, hasta que se haya verificado, la limitación del tratamiento de mis datos (arts. 16 y 18 RGPD).
"""
P["combo.objection+restriction"] = r"""
Me opongo a la elaboración de perfiles y quiero que suspendan el tratamiento de mis datos mientras estudian mi oposición.
Paren el análisis con IA de mi cuenta y, hasta que resuelvan mi oposición, no traten mis datos.
Me opongo al uso de mis datos para estadísticas y pido la limitación del tratamiento mientras tanto.
No quiero que la IA analice mis chats; mientras estudian mi oposición, congelen el uso de mis datos.
Me opongo al scoring de clientes y pido que, hasta que lo resuelvan, se limiten a conservar mis datos sin tratarlos.
"""
P["combo.access+other_privacy"] = r"""
Díganme qué tienen sobre mí y a quién se lo han pasado.
Envíenme una copia de mis datos y la lista de empresas que los han recibido.
Quiero saber qué datos tienen, dónde los guardan y si han salido de la UE.
¿Qué información personal tienen de mí? Mándenmela, y díganme también si se vio afectada por la brecha de la que hablan las noticias.
Les solicito una copia de mis datos y que me indiquen durante cuánto tiempo piensan conservarlos.
"""
P["combo.objection+opt_out"] = r"""
Nada de newsletters y dejad de usar mis datos para vuestro algoritmo de recomendaciones.
Basta de correos publicitarios y de perfilarme para sugerencias «personalizadas».
Quiero salir de su marketing y de su perfilado con IA.
Dejen de enviarme SMS promocionales y de usar mis archivos para entrenar su IA.
Me opongo a la elaboración de perfiles sobre mi actividad y retiro mi consentimiento para recibir publicidad por correo electrónico.
"""
P["agent_req.access"] = r"""
Solicitamos que nos faciliten todos los datos personales relativos a {client}, así como una copia de los mismos (artículo 15 del RGPD).
Les rogamos confirmen si tratan datos de {client_first} y, en su caso, faciliten el acceso a ellos.
Envíennos una copia de todo lo que Taskbridge tiene sobre {client}, incluidos mensajes y notas internas.
En representación de {client}, les pido que nos indiquen qué datos personales suyos conserva Taskbridge y que nos remitan una copia.
Solicito, por cuenta de {client_first}, el acceso íntegro a la información personal que figure en su cuenta, en los tickets de soporte y en los registros de pago.
{client_first} desea conocer qué información sobre su persona consta en Taskbridge; les ruego que nos la hagan llegar a la mayor brevedad.
"""
P["agent_req.deletion"] = r"""
Les rogamos que eliminen la cuenta de {client} y todos los datos asociados.
Solicitamos la supresión sin dilación de todos los datos de {client_first} (artículo 17 del RGPD).
Eliminen definitivamente su perfil, sus mensajes y los documentos que haya subido.
Cierren la cuenta de {client_first} y confírmennos por escrito la supresión completa.
Por encargo de {client}, les solicitamos que borren su cuenta y toda la información personal vinculada a ella.
{client_first} ya no desea figurar en Taskbridge: eliminen sus datos y su perfil, y comuníquennos cuándo se ha completado el borrado.
Como representante de {client}, pido la supresión total de sus datos, incluidas las fotografías y los mensajes intercambiados con profesionales.
"""
P["agent_req.correction"] = r"""
La fecha de nacimiento de {client_first} que figura en sus registros es errónea; la correcta es {client_dob}. Les rogamos que la rectifiquen.
Rectifiquen la dirección de {client}: {client_address}.
El apellido de {client_first} está mal escrito; corríjanlo por {client_last}.
Los datos de contacto de {client} están desactualizados; su domicilio actual es {client_address}. Les pedimos que lo modifiquen.
En nombre de {client_first}, solicito que corrijan su fecha de nacimiento, que debe figurar como {client_dob}.
Rectifiquen, por favor, el apellido con el que figura {client_first} en su base de datos: debe constar como {client_last}, tal como acredita su documento de identidad.
"""
P["agent_req.portability"] = r"""
Faciliten los datos de {client_first} en un formato estructurado y legible por máquina para su traslado a otro servicio.
Solicitamos la transmisión directa de los datos de {client} a {other_platform} en un formato de uso común.
Exporten los datos aportados por {client_first} (perfil, pedidos, valoraciones) en JSON o CSV.
{client_first} se traslada a {other_platform}; les rogamos que entreguen sus datos en CSV o JSON para que pueda importarlos allí.
Solicito, en representación de {client}, que se remitan sus datos de perfil e historial de encargos directamente a {other_platform}.
Les pedimos que pongan a nuestra disposición, en un formato estructurado y reutilizable, los datos que {client_first} aportó a la plataforma, para trasladarlos a otro proveedor.
"""
P["agent_req.restriction"] = r"""
Mientras se resuelve la reclamación del pedido {order}, solicitamos la limitación del tratamiento de los datos de {client}.
{client_first} impugna la exactitud de los datos; limiten su tratamiento hasta que lo verifiquen.
No supriman los datos de {client_first}, necesarios para un procedimiento judicial, pero cesen cualquier otro tratamiento.
Mientras {client_first} discute la exactitud de sus datos, les pedimos que se limiten a conservarlos sin utilizarlos.
Los datos de {client} son necesarios como prueba en la disputa del pedido {order}; no los eliminen, pero suspendan cualquier uso hasta nuevo aviso.
En nombre de {client_first}, solicito el bloqueo de sus datos personales mientras se resuelve el procedimiento en curso.
"""
P["agent_req.objection"] = r"""
{client_first} se opone a la elaboración de perfiles con su cuenta y al análisis de sus datos mediante inteligencia artificial.
En nombre de {client_first}, nos oponemos a todo tratamiento de sus datos basado en el interés legítimo.
Dejen de usar los datos de {client} para puntuaciones, clasificaciones o entrenamiento de modelos de IA.
{client_first} se opone a que sus mensajes y archivos se empleen para entrenar sistemas de IA.
En representación de {client}, manifestamos su oposición a la elaboración de perfiles y a cualquier valoración automatizada de su actividad.
Solicito, por cuenta de {client_first}, que dejen de tratar sus datos con fines estadísticos y de mejora de producto basados en el interés legítimo.
"""
P["agent_req.opt_out"] = r"""
Les rogamos que dejen de enviar publicidad a {client}.
Eliminen {client_email} de todas sus listas de marketing con efecto inmediato.
{client_first} no desea recibir más correos ni SMS promocionales.
Les pido que no vuelvan a enviar boletines ni promociones a {client_email}.
{client_first} no quiere recibir llamadas ni mensajes comerciales de Taskbridge; les ruego que lo respeten de inmediato.
En nombre de {client}, revocamos el consentimiento para comunicaciones publicitarias y solicitamos que sus datos no se compartan con fines de marketing.
"""
P["agent_req.other_privacy"] = r"""
Indíquennos a qué terceros se han comunicado los datos de {client}.
Queremos saber si los datos de {client_first} se vieron afectados por el reciente incidente de seguridad.
{client_first} revoca todos los consentimientos otorgados a Taskbridge.
Dirijan en adelante toda la correspondencia sobre los datos de {client} a este despacho.
Les rogamos que nos indiquen dónde se almacenan los datos de {client_first} y si se transfieren fuera del Espacio Económico Europeo.
{client} desea presentar una queja ante su delegado de protección de datos; les pedimos que nos faciliten su contacto.
Quisiéramos saber durante cuánto tiempo conservarán los datos de {client_first} una vez cerrada su cuenta.
"""

P["task.writing"] = r"""
Necesitamos un artículo de blog de unas 1.200 palabras sobre la incorporación de empleados en remoto, optimizado para SEO, {deadline}.
¿Alguien podría redactar 40 fichas de producto para nuestra tienda online? Tono cercano y breve.
Busco redactor para reescribir la página «Quiénes somos» de nuestra web.
Por favor, corrijan mi trabajo de fin de máster (unas 80 páginas): ortografía y estilo.
Necesitamos una nota de prensa sobre la apertura de nuestra nueva oficina en {city}.
Necesito una carta de presentación y un currículum pulido para un puesto de jefe de proyecto.
Buscamos a alguien que escriba el guion de un vídeo explicativo de 90 segundos sobre nuestra app.
¿Podríais escribir un discurso para la boda de mi hermana? Unos cinco minutos, divertido pero sin pasarse.
Necesito la descripción de 15 rutas de senderismo para una guía de viaje, unas 300 palabras cada una.
Buscamos a alguien que redacte los textos de una campaña de micromecenazgo para un juego de mesa, {deadline}.
¿Podríais revisar y mejorar el dossier que presentamos a inversores? Son 12 diapositivas.
Necesitamos diez descripciones para los apartamentos turísticos que gestionamos en {city}.
Buscamos a alguien que escriba un boletín mensual con las novedades del sector inmobiliario; el primero, {deadline}.
Corrijan el estilo de una novela corta de unas 40.000 palabras; es mi primer libro.
"""
P["task.translation"] = r"""
Por favor, traduzcan nuestro manual de usuario de 12 páginas al {lang2}, {deadline}.
Necesito una traducción jurada de mi partida de nacimiento al {lang2} para un visado.
¿Pueden traducir el contrato adjunto (unas 3.500 palabras) al {lang2}? La terminología jurídica es importante.
Queremos localizar nuestra web (unas 20 páginas) al {lang2}, incluido el proceso de compra.
Subtitulen al {lang2} nuestro vídeo de producto de 8 minutos, por favor.
Encargo pequeño: traducir al {lang2} un correo de 300 palabras para un proveedor.
Buscamos un nativo que revise la traducción automática de nuestra app al {lang2}.
Traduzcan al {lang2} la carta de nuestro restaurante: unos 60 platos con descripciones cortas.
Necesito la traducción al {lang2} de un artículo científico sobre agricultura de regadío, {deadline}.
¿Alguien puede traducir al {lang2} las fichas técnicas de nuestros tres modelos de bicicleta eléctrica?
Necesito traducir al {lang2} la presentación comercial de nuestra empresa, 18 diapositivas.
¿Pueden traducir al {lang2} el folleto de la feria {deadline}?
Buscamos intérprete por videollamada para una reunión de dos horas con un cliente que habla {lang2}.
"""
P["task.design"] = r"""
Necesitamos un logotipo nuevo para nuestra panadería, algo cálido y dibujado a mano; tres propuestas para empezar.
Diseñen un folleto A5 para nuestras rebajas de verano, en PDF listo para imprenta.
¿Podéis maquetar en Figma una landing page para nuestro nuevo producto?
Necesito tarjetas de visita para dos empleados, a doble cara, {deadline}.
Buscamos diseñador para crear 10 plantillas de redes sociales con nuestros colores corporativos.
Rediseñen la portada de mi libro electrónico, la actual parece anticuada.
Necesitamos unos 25 iconos de línea para nuestra app móvil.
Necesito el diseño de la etiqueta de un vino tinto joven: moderna, pero con un guiño a lo tradicional.
Diseñad un roll-up de 85 x 200 cm para una feria, {deadline}.
Buscamos ilustrador para un cuento infantil de 24 páginas, en estilo acuarela.
Diseñen la invitación para la inauguración de nuestra galería, en papel y en versión digital.
Necesito un mockup de packaging para una caja de galletas artesanas, {deadline}.
Buscamos a alguien que rediseñe la carta del bar con fotos de los platos.
"""
P["task.software"] = r"""
Nuestra web en WordPress va muy lenta en el móvil; ¿alguien puede analizarla y arreglar lo principal?
Necesitamos un pequeño script en Python que una nuestras exportaciones semanales en CSV en un único Excel.
Arreglen el error del checkout de Shopify: no se aplica el código de descuento.
Buscamos desarrollador para un formulario de reservas sencillo con correo de confirmación.
¿Podéis migrar nuestra base de datos de MySQL 5.7 a 8.0 sin cortes de servicio?
Necesitamos una integración por API entre nuestro CRM y el programa de facturación.
La app de iOS se cierra al arrancar desde la última actualización; hay que revisar los logs.
Necesitamos un plugin de WordPress que muestre el horario de apertura según el día y los festivos locales.
¿Podéis montar tests automáticos con Playwright para los flujos principales de nuestra web?
Queremos actualizar nuestra app de React Native a la última versión; ahora mismo no compila en Android.
Necesitamos que la web de la clínica permita pedir cita online y la sincronice con Google Calendar.
Hay que actualizar PHP en nuestro servidor y comprobar que la tienda siga funcionando.
Busco a alguien que automatice con Zapier el envío de presupuestos desde nuestro formulario.
"""
P["task.bookkeeping"] = r"""
Necesito ayuda con el modelo 303 del tercer trimestre; las facturas están en la carpeta compartida.
¿Alguien podría conciliar nuestros extractos bancarios de septiembre y octubre?
Buscamos un contable para unas 10 horas al mes.
Preparen las cuentas anuales de mi actividad como autónomo, por favor.
¿Pueden configurar nuestro plan de cuentas en el programa y cargar los saldos de apertura?
Hay que hacer las nóminas de tres empleados de noviembre.
Clasifiquen los gastos del último trimestre y señalen lo que les parezca raro.
Necesito que alguien registre las amortizaciones de la maquinaria de mi taller de este ejercicio.
¿Pueden preparar el modelo 130 del cuarto trimestre y decirme cuánto me toca pagar?
Buscamos ayuda para pasar la contabilidad de hojas de Excel a un programa en la nube.
Necesito que alguien me lleve la contabilidad del piso que tengo alquilado y prepare esa parte de la renta.
¿Podéis revisar los gastos deducibles de mi actividad antes de presentar el IRPF?
Hay que emitir cada mes las facturas recurrentes de nuestros 40 clientes.
"""
P["task.marketing"] = r"""
Queremos lanzar una campaña de Google Ads para nuestro estudio de yoga, con {budget} al mes.
¿Podéis preparar un calendario de redes sociales para diciembre (Instagram y TikTok)?
Necesitamos una plantilla de newsletter y las dos primeras campañas en Mailchimp.
Buscamos una auditoría SEO de nuestra tienda online con una lista de mejoras rápidas.
Configuren el seguimiento de conversiones y el retargeting en Meta para nuestro lanzamiento.
Necesitamos un plan de colaboración con influencers para nuestra nueva línea de cosmética.
Queremos una campaña de lanzamiento en LinkedIn para nuestro software de gestión de flotas, con {budget} de presupuesto.
Necesitamos ideas y guiones para ocho reels de Instagram de nuestra peluquería.
¿Podéis optimizar las fichas de Google Business Profile de nuestras cuatro tiendas?
Queremos promocionar nuestra app en TikTok con {budget} durante un mes.
Necesitamos una estrategia de contenidos para el blog de nuestra bodega, pensada para atraer tráfico orgánico.
¿Podéis gestionar nuestras redes sociales durante el verano? Tres publicaciones por semana.
"""
P["task.data_analysis"] = r"""
¿Pueden analizar nuestras ventas de los dos últimos años y detectar patrones estacionales?
Necesitamos un cuadro de mando en Power BI con el volumen de tickets de soporte.
Limpien los resultados de nuestra encuesta (unas 1.500 respuestas) y hagan una segmentación básica.
Necesito un análisis de regresión para los datos de mi TFG, en R o SPSS.
¿Alguien podría crear un modelo de abandono a partir de nuestros datos de suscripciones?
Queremos que evalúen el test A/B de nuestra página de precios.
Necesitamos un análisis de la rotación de inventario por almacén, con recomendaciones de reposición.
¿Alguien puede hacer una previsión de la demanda de los próximos seis meses a partir de nuestro histórico de pedidos?
Queremos un informe en Looker Studio con el tráfico web y las conversiones por canal.
Necesitamos cruzar los datos de ventas con el tiempo meteorológico para ver cómo influye en la demanda de helados.
¿Alguien puede montar un modelo en Excel para calcular la rentabilidad por cliente?
Queremos visualizar en un mapa la distribución de nuestras ventas por código postal.
"""
P["task.platform_support"] = r"""
Me han cobrado dos veces el pedido {order}. ¿Pueden devolverme el cargo duplicado?
La página de pago da error cada vez que intento pagar con tarjeta.
No puedo subir archivos de más de 20 MB al chat del proyecto. ¿Hay algún límite?
¿Cómo añado un segundo usuario a la cuenta de empresa?
La factura {inv} tiene el tipo de IVA equivocado, ¿pueden emitirla de nuevo?
El profesional no contesta desde hace cinco días y ha vencido el plazo. ¿Qué puedo hacer?
Quiero pasar de facturación mensual a anual.
El pago del hito del pedido {order} lleva una semana «pendiente».
¿Dónde puedo cambiar el idioma de la interfaz? Me sale todo en inglés.
He pagado el pedido {order}, pero sigue apareciendo como pendiente de pago.
¿Se puede pagar con transferencia bancaria en lugar de con tarjeta?
¿Cómo descargo el justificante de pago del pedido {order}?
La factura {inv} no aparece en mi área de cliente. ¿Me la reenvían?
Quiero ampliar una semana el plazo del pedido {order}; ¿se puede hacer desde la plataforma?
"""
P["hard.writing"] = r"""
¿Podrían redactar una política de privacidad para mi tienda online? Estamos en España, así que tiene que cumplir el RGPD.
Borren el segundo párrafo y corrijan las erratas de la introducción, por favor.
Necesitamos un artículo de blog que explique el derecho al olvido a pequeños negocios.
¿Podéis redactar plantillas de respuesta para las solicitudes de acceso que nos envían nuestros propios clientes?
Reescriban de forma más clara el apartado «Tus datos, tus derechos» de nuestras preguntas frecuentes.
En el borrador sigue nuestra dirección antigua en el aviso legal. Actualícenla y quiten el teléfono viejo.
Busco un consultor de RGPD que revise nuestro contrato de encargado del tratamiento con proveedores.
Necesito el texto del correo que enviaremos a nuestros clientes para explicarles cómo pueden solicitar la supresión de sus datos.
Revisad la cláusula de consentimiento del formulario de contacto de nuestra web; suena demasiado a abogado y la gente no la entiende.
Quiten del manuscrito los nombres reales de los pacientes y sustitúyanlos por nombres inventados antes de la corrección de estilo.
¿Alguien puede redactar el texto de la página de baja de nuestra newsletter? Algo amable, tipo «sentimos que te vayas».
Corrijan el informe anual: en la sección de protección de datos pone «LOPD» y debería decir «LOPDGDD». Además, eliminen los dos párrafos repetidos.
Redacten un aviso legal y una política de cookies para la web de nuestra academia; tienen que cumplir el RGPD y la LSSI.
Necesitamos un ebook de unas 30 páginas sobre cómo deben atender las pymes el derecho de oposición de sus clientes.
Corrijan la copia del contrato de alquiler que les envié y eliminen las cláusulas que se repiten.
Escriban el correo de bienvenida de nuestra app, con un enlace para darse de baja y una frase breve sobre privacidad.
Quiero un texto para las redes de mi consultora que explique qué hace un delegado de protección de datos, en tono divulgativo.
"""
P["hard.translation"] = r"""
Traduzcan al {lang2} nuestra política de protección de datos, por favor.
Necesitamos traducir al {lang2} nuestro contrato de encargo de tratamiento (RGPD), registro jurídico.
Traducid al {lang2} el artículo de ayuda «Cómo eliminar tu cuenta».
¿Pueden traducir al {lang2} una sentencia sobre el derecho de acceso?
Corrijan los errores de la versión al {lang2} de nuestra política de privacidad; nuestro abogado ha marcado varios.
Hay que traducir al {lang2} los textos «Darse de baja» y «Gestionar preferencias» de nuestra newsletter.
Necesito traducir al {lang2} el formulario de ejercicio de derechos RGPD que usan nuestros clientes.
Traducid al {lang2} el banner de cookies y los textos del panel de consentimiento de nuestra web.
¿Pueden traducir al {lang2} el correo de aviso que enviamos a los usuarios cuando bloqueamos una cuenta por impago?
Borrad de la traducción al {lang2} las notas del traductor que se quedaron en el texto y corregid la numeración de los apartados.
Hay que traducir al {lang2} el acuerdo de acceso a datos que firmamos con nuestro proveedor de nube; es un documento técnico-jurídico de unas 15 páginas.
Traduzcan al {lang2} la cláusula informativa sobre protección de datos de nuestro formulario de inscripción.
Necesito pasar al {lang2} el informe de la auditoría RGPD que nos hicieron; son 25 páginas.
Corrijan la traducción al {lang2} del correo «Tu cuenta ha sido bloqueada», que suena muy brusca.
Borrad del documento en {lang2} los comentarios internos y entregadme una copia limpia.
Hay que traducir al {lang2} los términos y condiciones de nuestra app, incluido el apartado sobre la portabilidad de datos.
"""
P["hard.design"] = r"""
Borren el logo antiguo del boceto y usen el nuevo.
Quitad la marca de agua de las fotos de producto, por favor.
Me opongo al cambio de diseño de la versión 3: volvamos a la cabecera azul.
¿Podéis diseñar un aviso de consentimiento RGPD que no asuste?
Eliminen el fondo de estos 30 retratos.
Actualicen la dirección en el diseño del papel de carta; nos hemos mudado a {address}.
Quitad mi foto antigua de la tarjeta de visita y poned la nueva que os adjunto.
Diseñen los iconos de «Exportar», «Eliminar» y «Bloquear usuario» para el panel de administración de nuestra app.
Necesitamos rediseñar la pantalla de preferencias de privacidad de la app: que las casillas de consentimiento se vean claras y no resulten engañosas.
Eliminen las capas ocultas del archivo de Illustrator y corrijan los colores del logotipo, que salen apagados en imprenta.
Hagan una infografía sencilla sobre los derechos RGPD de los pacientes para colgarla en la recepción de nuestra clínica.
Eliminad el texto de relleno de la maqueta de la web y corregid la alineación del pie de página.
Diseñen un icono de candado para la sección de privacidad de nuestra app; el actual parece de 2010.
Hay que suprimir las fotos de stock del catálogo y sustituirlas por las de nuestra sesión.
Cambien en el rótulo del escaparate la dirección antigua por la nueva: {address}.
Necesitamos un banner de cookies con los botones «Aceptar» y «Rechazar» del mismo tamaño, como recomienda la AEPD.
"""
P["hard.software"] = r"""
Añadid un botón «Exportar mis datos» en nuestra área de clientes para que nuestros usuarios descarguen su información en CSV.
Nuestros usuarios no pueden eliminar su cuenta en la app que nos desarrollasteis: el botón da error 500.
Incluyan en nuestro formulario de registro una casilla para darse de baja del consentimiento comercial.
Ya no puedo acceder al servidor de pruebas, me rechaza la clave SSH.
Hay que restringir el acceso al panel de administración a la IP de la oficina.
Escribid un script que anonimice los datos personales de nuestra base de datos de pruebas.
Implementad un endpoint para que nuestros usuarios soliciten la eliminación de su cuenta y que borre también sus archivos del almacenamiento.
El enlace de baja de nuestros correos transaccionales lleva a una página 404. ¿Podéis arreglarlo?
Necesitamos guardar en la base de datos el consentimiento de cookies con la fecha y la versión del texto, para poder acreditarlo ante una inspección.
Corrijan el fallo que bloquea la cuenta de los usuarios tras tres intentos de inicio de sesión, aunque la contraseña sea correcta.
Queremos una tarea nocturna que suprima automáticamente los registros de logs de más de 90 días, según nuestra política de conservación.
El formulario de acceso de nuestra web no deja iniciar sesión con Google desde ayer. ¿Podéis revisarlo?
Programen la opción de exportar los pedidos de la tienda a CSV desde el panel de administración.
Necesitamos que la app borre automáticamente las cuentas de prueba que crea el equipo de QA.
Configuren los permisos de la base de datos para bloquear el acceso de escritura a los becarios.
Implementen en nuestro CRM la gestión de bajas de la newsletter para que se sincronicen con Brevo.
"""
P["hard.bookkeeping"] = r"""
Borren los asientos duplicados de la factura {inv}.
Corrijan el IVA de los asientos de octubre: han aplicado el 21 % en vez del 10 %.
No tengo acceso a la carpeta compartida de contabilidad; el enlace dice «acceso denegado».
Actualicen la dirección en la plantilla de facturas con la de la nueva oficina.
¿Pueden exportar el libro mayor en CSV para nuestra gestoría?
Restrinjan el acceso a la carpeta de nóminas a la dirección y a ustedes.
Eliminen del balance las cuentas de clientes que llevan años a cero y corrijan los saldos de apertura.
¿Pueden dar de baja en el inventario de activos el portátil que vendimos y registrar la pérdida?
Necesito que exporten los datos de facturación del ejercicio a Excel para la auditoría.
Rectifiquen la factura {inv}: la dirección fiscal del cliente está mal y hay que emitir una factura rectificativa.
Den acceso de solo lectura al programa de contabilidad a nuestro nuevo asesor fiscal, sin permisos para modificar asientos.
Eliminen la factura {inv}, que se emitió por error, y generen en su lugar un abono.
Necesito una copia del modelo 390 del año pasado para presentarla en el banco.
Exporten el diario contable del trimestre a Excel y corrijan las cuentas de gasto mal imputadas.
Bloqueen el periodo de septiembre en el programa para que nadie modifique los asientos ya cerrados.
¿Pueden tramitar en Hacienda la baja de la actividad secundaria que tenía como autónomo?
"""
P["hard.marketing"] = r"""
El enlace para darse de baja no funciona en la newsletter que nos estáis preparando; arreglad eso antes del envío del jueves.
Eliminen todas las direcciones rebotadas de nuestra lista de correo y ordenen los segmentos.
Queremos una campaña para que nuestros suscriptores vuelvan a confirmar su consentimiento.
¿Podéis configurar Mailchimp para que quien se dé de baja salga automáticamente de la audiencia de anuncios?
Paren la campaña de Facebook, está quemando presupuesto: pausad todos los anuncios hasta el lunes.
Limpien nuestra base de suscriptores: quiten a todos los que no han abierto ningún correo en doce meses.
Revisad que nuestros formularios de captación de leads recojan el consentimiento conforme al RGPD antes de lanzar la campaña.
Necesitamos una estrategia para reducir las bajas de la newsletter; el mes pasado se dieron de baja más de 300 personas.
Borren los anuncios antiguos de la campaña de Navidad en Meta y dupliquen los que mejor funcionaron para enero.
Queremos segmentar la audiencia de Google Ads sin depender de cookies de terceros. ¿Qué alternativas nos proponéis?
Diseñen una secuencia de correos para reactivar a los suscriptores inactivos antes de darlos de baja de la lista.
Organicen el sorteo de Instagram de este verano y preparen las bases legales con su cláusula de protección de datos.
Bloqueen los comentarios de spam en nuestras publicaciones de Facebook y eliminen los que ya hay.
Exporten los contactos de HubSpot a un CSV para cargarlos en la nueva herramienta de emailing.
Necesitamos un plan de marketing para nuestra consultora de privacidad y RGPD; queremos captar clientes en el sector sanitario.
"""
P["hard.data_analysis"] = r"""
Exporten la hoja en CSV y borren las filas de prueba antes de enviarla.
Analicen la encuesta, pero anonimicen antes a los participantes: ningún nombre en el informe.
Corrijan las cifras del informe del tercer trimestre, los totales no cuadran.
¿Podéis restringir el cuadro de mando para que solo finanzas vea los datos de salarios?
Queremos analizar cuántos clientes se dieron de baja de nuestros correos el año pasado.
Eliminen los duplicados de la base de clientes y corrijan los códigos postales mal formateados antes de empezar el análisis.
Necesitamos un informe con cuántas solicitudes de acceso y de supresión RGPD recibe nuestra empresa cada trimestre.
Exportad los resultados del modelo a CSV y bloquead las celdas con fórmulas para que nadie las modifique.
Pseudonimicen el conjunto de datos de pacientes antes de entrenar el modelo de predicción de reingresos.
Queremos medir cómo ha afectado a las ventas la caída de la tasa de consentimiento de cookies desde que cambiamos el banner.
Tenemos acceso a la API de Google Analytics; necesitamos un informe semanal automático con las visitas.
Borren de la base de datos las respuestas incompletas de la encuesta y recalculen los porcentajes.
¿Podéis analizar cuántos usuarios de nuestra app rechazan las cookies y en qué pantallas abandonan?
Corrijan el modelo de previsión: las ventas de diciembre están duplicadas en los datos de entrada.
Restrinjan la hoja compartida de Google para que solo la edite el equipo de analítica y hagan una copia de seguridad antes de tocarla.
"""
P["hard.platform_support"] = r"""
No puedo acceder a mi cuenta: el correo para restablecer la contraseña no llega nunca.
¿Cómo elimino un borrador de proyecto que creé por error?
Me rechazan los códigos de verificación en dos pasos y no puedo entrar.
Quiten a {provider} del equipo del proyecto, ya ha terminado su parte.
¿Pueden restringir el acceso a la carpeta compartida para que solo la vea yo?
El botón «Exportar facturas» me descarga un archivo vacío.
Corrijan el nombre de la empresa en mis facturas, por favor: es {company}.
Me he quedado sin acceso a la cuenta desde que cambié de móvil: la app de autenticación estaba en el antiguo.
¿Cómo exporto todas las facturas del año en un solo archivo para mi gestor?
¿Puedo bloquear a un profesional para que no vuelva a enviarme propuestas?
He borrado sin querer un archivo del chat del proyecto. ¿Se puede recuperar?
Necesito dar de baja de nuestra cuenta de empresa a un compañero que ya no trabaja en {company}.
No consigo acceder al panel de facturación de la cuenta de {company}; me sale «permiso denegado».
¿Cómo exporto el historial de mensajes con {provider} para adjuntarlo a la disputa del pedido?
Quiero eliminar una tarjeta caducada de los métodos de pago y no encuentro la opción.
La app me bloquea la cuenta cada vez que cambio de red wifi. ¿Es normal?
Necesito corregir el CIF de {company} en el perfil de empresa; la última factura salió con un dígito mal.
"""
P["followup.writing"] = r"""
¡Gracias por el borrador! ¿Podrías acortar la introducción y añadir una llamada a la acción al final?
Está muy bien. ¿Puedes recortar unas 200 palabras y darle un tono algo más formal?
Un cambio: intercambiar los apartados dos y tres y añadir subtítulos.
¿Me mandas la versión final en Word con control de cambios?
"""
P["followup.translation"] = r"""
¡Gracias! ¿Podrías traducir también los dos pies de foto que se me olvidaron?
El cliente prefiere «cliente» en lugar de «usuario» en todo el texto. ¿Lo cambias?
¿Puedes enviar la traducción en una tabla bilingüe para que la revise nuestro corrector?
Hemos añadido una página más al manual. ¿Puedes incluirla?
"""
P["followup.design"] = r"""
Me gusta la opción B. ¿La pruebas en verde oscuro y con la letra un poco más gruesa?
Envíame los archivos finales en SVG y PNG, y una versión para fondos oscuros.
El titular más grande y el logo arriba a la derecha, por favor.
¿Podemos ver una variante con la ilustración a la izquierda?
"""
P["followup.software"] = r"""
Probado en pruebas y funciona. ¿Puedes desplegarlo en producción esta noche?
El arreglo funciona en escritorio, pero en Android el botón sigue oculto. ¿Lo miras?
¿Puedes añadir un README breve para que el equipo lo ejecute en local?
Otra cosa: ¿la exportación podría incluir la fecha del pedido?
"""
P["followup.bookkeeping"] = r"""
Gracias. He subido las facturas que faltaban de agosto, ¿puedes contabilizarlas?
¿Me enviarías el borrador del modelo 303 antes de presentarlo?
Contabiliza también las dos facturas de proveedor que te reenvié ayer, por favor.
¿Puedes añadir un resumen de las principales partidas de gasto?
"""
P["followup.marketing"] = r"""
La primera campaña está bien. ¿Probamos un segundo asunto?
Retrasa el lanzamiento al martes que viene y ajusta el calendario, por favor.
¿Podrías enviar un informe de resultados cada lunes?
Subamos un 20 % el presupuesto diario para el fin de semana.
"""
P["followup.data_analysis"] = r"""
Buen trabajo. ¿Podrías desglosar también los resultados por región?
¿Puedes añadir al cuadro de mando un gráfico con la evolución mensual?
Incluye las cifras en bruto en un anexo, por favor.
¿Podrías volver a ejecutar el modelo sin los datos de 2020?
"""
P["followup.platform_support"] = r"""
Gracias, pero sigo teniendo el mismo error al pagar.
Lo he probado y sigue sin funcionar. ¿Alguna otra idea?
Ya me ha llegado el reembolso, pero la factura sigue mostrando el importe antiguo.
Gracias. ¿Me podéis enviar también una factura corregida?
"""
P["provider.writing"] = r"""
Aquí tienes un primer borrador. Dime qué te parece el tono.
Te adjunto la versión 2 con tus comentarios incorporados.
Una pregunta antes de empezar: ¿a qué público va dirigido?
El texto final está en la carpeta compartida. Si hace falta algún retoque, me dices.
"""
P["provider.translation"] = r"""
Te adjunto la traducción. He dejado los nombres de producto en inglés, como acordamos.
Ya tengo la primera mitad; el resto llega mañana.
¿Me confirmas si prefieres tratamiento de tú o de usted?
Aquí va la versión final, revisada por una segunda traductora.
"""
P["provider.design"] = r"""
Aquí tienes tres primeras propuestas de logo. ¿Cuál te convence?
He subido el folleto revisado con las fotos nuevas.
Te adjunto los archivos finales en todos los formatos.
Antes de seguir: ¿tenéis manual de marca o una paleta de colores?
"""
P["provider.software"] = r"""
He subido el arreglo a una rama y lo he desplegado en pruebas para que lo revises.
He encontrado la causa, un problema de caché en el plugin de pago. El arreglo está listo.
¿Me das acceso de lectura al repositorio?
Hecho. Te adjunto el script con las instrucciones al principio.
"""
P["provider.bookkeeping"] = r"""
Septiembre está conciliado; hay tres pagos que no he podido asignar.
Te adjunto el borrador del modelo 303 para que lo revises.
¿Me mandas los extractos bancarios en PDF?
Está todo contabilizado hasta finales de octubre.
"""
P["provider.marketing"] = r"""
La campaña está lista y pendiente de tu aprobación.
Aquí tienes el calendario de contenidos de diciembre.
Resultados de la primera semana: CTR del 2,1 %, coste por clic por debajo del objetivo.
¿Me das acceso a vuestra cuenta publicitaria?
"""
P["provider.data_analysis"] = r"""
Te adjunto la primera versión del cuadro de mando.
Faltan datos de marzo; lo he indicado en el informe.
Aquí están los resultados de la segmentación: cinco grupos en total.
¿Me puedes enviar el diccionario de datos de la exportación?
"""
P["provider.platform_support"] = r"""
Gracias por tu mensaje. Hemos reiniciado la sesión de pago. ¿Puedes intentarlo de nuevo?
Hemos devuelto el cargo duplicado; debería verse en 5-7 días hábiles.
¿Nos puedes enviar una captura de pantalla del error?
Lo hemos pasado al equipo técnico y te informaremos en breve.
"""


# ------------------------------------------------------------------ training only
# Core lines written on 2026-11-28, after the held-out wordings were fixed: build_corpus.py
# puts them in the train split only. Written from knowledge of the language, without sight
# of this bank's validation or test lines, the sample inbox or any evaluation data; a line
# that read like a held-out line of its pool (difflib ratio above 0.6) was left out.
P_TRAIN = {}
P_TRAIN["req.access.plain"] = r"""
hola, me podrian decir q datos mios salen en los pedidos que hice? nombre, direccion, lo que sea. gracias
¿Qué sabe Taskbridge de mí exactamente? Me gustaría verlo todo: el perfil, los chats con los proveedores, las valoraciones y lo que guardéis por detrás.
La app me recomienda profesionales «según mi perfil». ¿Me pueden mostrar qué información usan para eso y de dónde la han sacado?
Buenas tardes. Para un trámite necesito un listado de toda la información personal que tienen registrada a mi nombre. ¿Cómo la pido?
Che, ¿me pueden pasar todo lo que tienen guardado sobre mí? Quiero saber qué quedó registrado desde que abrí la cuenta.
Quiero ver, tal cual, la ficha que tienen sobre mí: lo que rellené yo y lo que hayan añadido ustedes por su cuenta. Y no me manden otra vez al enlace de la política de privacidad.
"""
P_TRAIN["req.access.formal"] = r"""
Al amparo del artículo 15 del RGPD, solicito que me confirmen si tratan datos personales que me conciernen y, en caso afirmativo, que me faciliten copia de ellos, incluidas las transcripciones de los chats mantenidos con proveedores.
Mediante el presente escrito ejerzo mi derecho de acceso y solicito que me informen de las categorías de datos tratados, de los fines del tratamiento y del origen de aquellos datos que no hayan sido facilitados por mí.
"""
P_TRAIN["req.deletion.plain"] = r"""
kiero cerrar mi cuenta y q no quede nada mio, ni perfil ni fotos ni nada
Ya no uso la plataforma desde que terminó el pedido {order}. Les pido que eliminen mi perfil junto con los mensajes y los archivos que intercambié con el proveedor.
Abrí una cuenta por error con {email} y quiero que desaparezca por completo, correo incluido.
Quiero desaparecer de Taskbridge: que nadie pueda encontrar mi nombre, mis reseñas ni mi portafolio, y que ustedes tampoco se queden con nada.
Quisiera ejercer el derecho al olvido con ustedes; que no quede rastro de mí ni en la web ni en la app, por favor.
¿Cómo que mi cuenta sigue activa? Pedí que la eliminaran hace un mes. Quiero que se borre todo, esta vez de verdad, y con confirmación por escrito.
"""
P_TRAIN["req.deletion.formal"] = r"""
Al amparo del artículo 17 del RGPD, solicito la supresión de mis datos personales, incluidos los mensajes, archivos y valoraciones vinculados a mi cuenta {acc}, por no ser ya necesarios para los fines para los que fueron recogidos.
Por medio del presente escrito solicito la supresión definitiva de mi perfil de proveedor, de las muestras de mi portafolio y de las reseñas publicadas con mi nombre, y que se me notifique la fecha en que se haga efectiva.
"""
P_TRAIN["req.correction.plain"] = r"""
mi apellido esta mal escrito en el perfil, es {last} no {wrong_last}. lo podeis cambiar?
Me casé y ahora uso el apellido {last}. ¿Pueden actualizarlo en mi cuenta? En las facturas me sigue saliendo el de soltera.
La dirección que les consta es la de mis padres; yo vivo ahora en {address}. Porfa, cámbienla en mi ficha.
El correo que aparece en mi ficha ya no existe. Apunten {email}, que es el que reviso a diario.
Ya les he dicho dos veces que no nací el {wrong_dob}, sino el {dob}. No entiendo qué cuesta cambiar una fecha.
Hola, en mi cuenta el número de teléfono quedó registrado con un dígito de menos; el bueno es {phone}. ¿Me lo corrigen, por favor?
"""
P_TRAIN["req.correction.formal"] = r"""
De conformidad con el artículo 16 del RGPD, solicito que se rectifique la dirección de correo electrónico asociada a mi cuenta, por resultar inexacta la que consta actualmente; la correcta es {email}.
Les comunico que, tras contraer matrimonio, mi apellido ha pasado a ser {last}, por lo que solicito la actualización de mis datos identificativos en su sistema y en las facturas que se emitan en adelante.
En ejercicio del derecho de rectificación, solicito que se completen los datos de mi perfil, en el que no figura mi segundo apellido, para lo cual adjunto copia de mi documento de identidad.
"""
P_TRAIN["req.portability.plain"] = r"""
necesito bajarme mi historial de pedidos y mensajes en json o csv para llevarmelo a {other_platform}, se puede?
Dejo Taskbridge y empiezo en {other_platform}. ¿Podéis enviarles vosotros directamente mi perfil y mis valoraciones, para no empezar de cero?
Quiero llevarme mi historial de Taskbridge a otro sitio. ¿Hay alguna forma de descargarlo en un archivo que otra web pueda leer?
Buenas, ¿me pueden mandar un archivo con toda la información de mi cuenta en formato XML? Es para cargarla en el sistema de otra plataforma.
El botón de «Descargar mis datos» solo me da un PDF que no sirve para nada. Lo quiero en CSV o JSON, que es lo que se puede importar en otro lado.
Soy [[proveedor||proveedora]] en Taskbridge y me gustaría tener mi perfil, mi portafolio y mis reseñas en un formato estándar para migrarlos a mi propia web. ¿Me los pueden facilitar?
"""
P_TRAIN["req.portability.formal"] = r"""
Al amparo del artículo 20 del RGPD, solicito que me entreguen en formato JSON los datos que he facilitado a la plataforma, incluidos el historial de pedidos y las transcripciones de los chats.
Ruego procedan a transmitir directamente a {other_platform}, siempre que sea técnicamente posible, los datos personales que proporcioné a Taskbridge, en un formato estructurado y de lectura mecánica.
Conforme al artículo 17 de la LOPDGDD, solicito la entrega de mis datos de perfil y de facturación en un fichero CSV que pueda incorporar al sistema de otro prestador de servicios.
"""
P_TRAIN["req.restriction.plain"] = r"""
No borren mi cuenta todavia, estoy en una disputa con un proveedor por el pedido {order} y la necesito. Pero tampoco usen mis datos para nada mientras tanto.
Mi gestor está revisando si los datos de facturación que tienen de mí son correctos. Hasta que diga algo, déjenlos quietos: ni los usen ni los borren.
Congelad mi perfil tal y como está ahora. Voy a denunciar a un proveedor y necesito que se conserve todo, pero que nadie lo toque ni lo use.
¿Pueden poner mis datos en pausa? No quiero que los eliminen porque puede que los necesite para una demanda, pero que nadie los use mientras tanto.
Les dije que mi fecha de nacimiento está mal y me contestan que «lo están revisando». Vale, pero mientras lo revisan no la usen para nada.
Sé que pedí que me eliminaran la cuenta, pero he cambiado de idea: prefiero que la guarden sin usarla, porque puede que tenga que reclamar un cobro.
"""
P_TRAIN["req.restriction.formal"] = r"""
De conformidad con el artículo 18.1.a) del RGPD, solicito la limitación del tratamiento de mis datos de contacto durante el plazo que necesiten para verificar su exactitud.
Dado que ustedes ya no necesitan mis datos pero yo sí los preciso para formular una reclamación, les ruego que los conserven sin someterlos a ningún otro tratamiento.
Solicito que la información vinculada a mi perfil de proveedor quede fuera de todo uso operativo, limitándose a su mera conservación, hasta que concluya el procedimiento arbitral que he iniciado.
"""
P_TRAIN["req.objection.plain"] = r"""
¿Por qué me sale «afinidad 62 %» al lado de cada proveedor? No quiero que hagan cálculos con mi comportamiento; quitadme de eso.
No me hace ninguna gracia enterarme de que usan mis encargos para entrenar su asistente. Mis textos son confidenciales; sáquenlos de ahí.
Buenas tardes, quisiera que no utilicen mis reseñas ni mi historial para armar perfiles de cliente. ¿Se puede desactivar?
Como [[proveedor||proveedora]], no estoy de acuerdo con que el algoritmo me coloque más abajo por mis tiempos de respuesta. Me opongo a que usen mi actividad para ese ranking.
"""
P_TRAIN["req.objection.formal"] = r"""
Con arreglo al artículo 21.1 del RGPD, me opongo, por motivos relacionados con mi situación particular, a que los archivos que he subido a la plataforma se utilicen para entrenar modelos de inteligencia artificial, ya que contienen información confidencial de mis clientes.
Manifiesto mi oposición a que Taskbridge utilice mi historial de pedidos y de navegación para asignarme proveedores mediante sistemas automatizados de emparejamiento, tratamiento que su política de privacidad basa en el interés legítimo.
Al amparo del artículo 18 de la LOPDGDD, ejerzo mi derecho de oposición a la clasificación de mi perfil de proveedor en función de indicadores de rendimiento calculados automáticamente.
"""
P_TRAIN["req.opt_out.plain"] = r"""
dejen de mandarme sms con descuentos porfavor, no los pedi
Me llaman por teléfono para ofrecerme el plan premium. No quiero más llamadas comerciales, gracias.
No quiero que mis datos se vendan ni se compartan con anunciantes, ni ver anuncios personalizados por lo que busco en Taskbridge.
Buenas, ¿cómo hago para que ya no me lleguen promociones por WhatsApp? Yo nunca acepté eso.
Estoy [[harto||harta]]: tres correos de ofertas en un solo día. No quiero recibir ni uno más de sus promociones.
Cuando hice mi primer pedido acepté recibir información comercial, pero he cambiado de opinión. ¿Podrían retirarme ese permiso?
"""
P_TRAIN["req.opt_out.formal"] = r"""
Les requiero para que se abstengan de ceder mis datos a terceros con fines publicitarios y de utilizarlos para mostrarme publicidad personalizada.
"""
P_TRAIN["req.other_privacy.plain"] = r"""
han tenido algun hackeo? me llego un correo raro con mi numero de pedido y me da miedo que se hayan filtrado mis datos
¿Cuánto tiempo guardan las conversaciones con los proveedores después de cerrar un pedido?
¿Quién es su delegado de protección de datos? Quiero escribirle directamente, porque por aquí no me responden.
¿El proveedor que hizo mi pedido puede ver mi dirección y mi teléfono? No recuerdo haber autorizado que se los pasaran.
Si no me dan una respuesta clara sobre cómo tratan mi información, voy a presentar una reclamación ante la Agencia de Protección de Datos.
Retiro el permiso que les di para usar mi ubicación en la app.
"""
P_TRAIN["req.other_privacy.formal"] = r"""
Les ruego que me informen de si mis datos personales se han visto afectados por el incidente de seguridad publicado en prensa y de las medidas adoptadas, conforme al artículo 34 del RGPD.
Por medio del presente escrito revoco el consentimiento otorgado para el tratamiento de mis datos biométricos en el proceso de verificación de identidad.
"""
P_TRAIN["agent_req.access"] = r"""
Soy [[el padre||la madre]] de {client_first}, que es menor de edad. Queremos saber qué datos de <<él||ella>> tienen guardados y que nos envíen una copia.
Como [[abogado||abogada]] de {client}, solicito en su nombre copia de todos los datos personales que Taskbridge trata sobre <<mi representado||mi representada>>, incluidos los registros de chat del pedido {order}.
"""
P_TRAIN["agent_req.deletion"] = r"""
Mi <<padre||madre>>, {client_first}, falleció el mes pasado. Les pedimos que cierren su cuenta y eliminen toda su información.
En representación de {client}, solicitamos la supresión de su perfil de proveedor, de su portafolio y de las reseñas publicadas con su nombre.
"""
P_TRAIN["agent_req.correction"] = r"""
Les escribo en nombre de mi <<hijo||hija>> {client_first}: su correo electrónico está mal en la cuenta; el correcto es {client_email}.
Por cuenta de {client}, les pedimos que actualicen su apellido, que ha cambiado tras su matrimonio; debe constar como {client_last}.
"""
P_TRAIN["agent_req.portability"] = r"""
Ayudo a mi <<abuelo||abuela>> {client_first} con sus gestiones: necesita sus datos de Taskbridge en CSV para llevarlos a {other_platform}.
En nombre de {client}, les requerimos para que transmitan su historial de pedidos y sus valoraciones directamente a {other_platform} en formato JSON.
"""
P_TRAIN["agent_req.restriction"] = r"""
{client_first} ha impugnado los datos de facturación que constan en su cuenta; en su nombre, les pedimos que no los utilicen hasta que se aclare la cuestión.
Como [[letrado||letrada]] de {client}, les ruego que conserven sus datos sin borrarlos ni usarlos, ya que serán necesarios en la demanda que vamos a presentar.
"""
P_TRAIN["agent_req.objection"] = r"""
Mi <<hijo||hija>> {client_first} no quiere que sus conversaciones con los proveedores sirvan para entrenar la IA de la plataforma. Les pido que excluyan su cuenta.
En nombre de {client}, nos oponemos a que su perfil sea clasificado o puntuado automáticamente por el sistema de emparejamiento con proveedores.
"""
P_TRAIN["agent_req.opt_out"] = r"""
A mi <<padre||madre>> le siguen llegando SMS de ofertas de Taskbridge y no sabe cómo pararlos. Den de baja a {client_first} de todas sus promociones, por favor.
En representación de {client}, solicitamos que sus datos no se vendan ni se cedan a terceros con fines publicitarios.
"""
P_TRAIN["agent_req.other_privacy"] = r"""
{client_first} ha recibido un aviso de una posible filtración de datos; en su nombre, les pedimos que nos expliquen qué información suya se ha visto afectada.
{client} quiere presentar una reclamación ante la Agencia Española de Protección de Datos por el trato dado a sus datos; antes, les pedimos una explicación por escrito.
"""
P_TRAIN["combo.access+deletion"] = r"""
¿Qué información mía queda en Taskbridge? Enséñenmela entera y, después, quiero que desaparezca toda.
"""
P_TRAIN["combo.deletion+opt_out"] = r"""
No quiero ni un correo más de ustedes: borren mi cuenta y quítenme de todas las listas de ofertas.
Retiro mi consentimiento para recibir publicidad y solicito, además, la eliminación de mi cuenta y de los datos vinculados a ella.
"""
P_TRAIN["combo.correction+opt_out"] = r"""
Mi teléfono correcto es {phone}; cámbienlo en el perfil, pero úsenlo solo para los pedidos, nada de llamadas comerciales.
Corrijan mi dirección, que ahora es {address}, y no me manden más folletos ni ofertas a casa.
"""
P_TRAIN["combo.deletion+portability"] = r"""
Antes de cerrar la cuenta necesito un JSON con mis pedidos y valoraciones para subirlo a {other_platform}; después, eliminadlo todo.
Les pido que transmitan mis datos a {other_platform} en un formato estructurado y que, una vez hecho, supriman mi cuenta.
"""
P_TRAIN["combo.correction+restriction"] = r"""
Mi dirección de facturación está mal; hasta que pongan la buena ({address}), no la usen para nada.
Solicito que se rectifique mi apellido, que debe ser {last}, y que mientras se comprueba no se traten mis datos salvo para conservarlos.
"""
P_TRAIN["combo.objection+restriction"] = r"""
No acepto que usen mis reseñas para el ranking de proveedores; mientras lo revisan, que mis datos se queden quietos.
"""
P_TRAIN["combo.access+other_privacy"] = r"""
Quiero una copia de lo que guardan de mí y saber si se ha visto afectado por la filtración de la que habla la prensa.
Solicito acceso a mis datos personales y que me faciliten el contacto de su delegado de protección de datos.
"""
P_TRAIN["combo.objection+opt_out"] = r"""
Nada de anuncios personalizados y nada de usar mis chats para entrenar la IA, gracias.
Me opongo a que se me asigne una puntuación de cliente y solicito, asimismo, la baja de todas sus comunicaciones promocionales.
"""
P_TRAIN["hard.writing"] = r"""
Necesito un artículo de unas 1.200 palabras sobre el derecho al olvido en internet para el blog de nuestro despacho.
En el informe que me entregasteis, borrad los nombres de los entrevistados y poned solo las iniciales; el resto está perfecto.
Me opongo a que se cambie el titular del reportaje: prefiero la versión original. Eso sí, corregid las erratas del tercer párrafo.
"""
P_TRAIN["hard.translation"] = r"""
En la traducción al {lang2} de la guía de usuario, eliminad el capítulo duplicado sobre cómo restablecer la contraseña.
Busco traductor jurado para pasar al {lang2} una resolución de la Agencia Española de Protección de Datos dirigida a nuestra empresa.
"""
P_TRAIN["hard.design"] = r"""
Quitad el logotipo antiguo del pie de todas las plantillas y poned el nuevo.
Diseñad el banner de cookies de nuestra web con los botones «Aceptar» y «Rechazar» del mismo tamaño y color.
Necesitamos una infografía que explique a nuestros clientes sus derechos de acceso, rectificación y supresión de datos.
"""
P_TRAIN["hard.software"] = r"""
Hay que añadir en nuestra app un botón de «Descargar mis datos» que genere un JSON con el perfil del usuario.
Implementad la autenticación en dos pasos en el panel de administración de nuestra tienda.
Nuestro formulario de baja de la newsletter no elimina al suscriptor en Mailchimp; revisad la integración, por favor.
"""
P_TRAIN["hard.bookkeeping"] = r"""
Corrijan las erratas del NIF y de la dirección en nuestra plantilla de factura; la dirección buena es {address}.
Necesito exportar en CSV todas las facturas emitidas en {year} para pasarlas al nuevo programa de contabilidad.
"""
P_TRAIN["hard.marketing"] = r"""
Preparad los textos del formulario de suscripción con doble opt-in y la casilla de consentimiento por separado.
Queremos lanzar una campaña de remarketing cumpliendo el RGPD: ¿nos asesoráis sobre qué consentimientos necesitamos?
Eliminad de la campaña de Google Ads las palabras clave que no convierten y bloquead la aparición de anuncios en apps infantiles.
"""
P_TRAIN["hard.data_analysis"] = r"""
Anonimicen las respuestas de la encuesta de clima laboral antes del análisis; no debe poder identificarse a nadie.
Borren las filas de prueba del conjunto de datos y vuelvan a calcular las medias por región.
Necesitamos analizar las solicitudes de supresión de datos que recibimos el año pasado: volumen por mes y tiempo medio de respuesta.
"""
P_TRAIN["hard.platform_support"] = r"""
Se me quedó guardado un borrador de pedido duplicado y quiero borrarlo, pero no encuentro la opción.
¿Cómo le doy acceso a mi socia a los pedidos de la cuenta sin pasarle mi contraseña?
¿Pueden reemitir la factura {inv} a nombre de {company}? Se me olvidó poner el CIF.
"""
P_TRAIN["task.writing"] = r"""
Busco a alguien que escriba los textos de la web de mi clínica de fisioterapia: inicio, servicios y quiénes somos.
Necesitamos ocho artículos de blog sobre jardinería urbana, de unas 800 palabras y optimizados para SEO.
"""
P_TRAIN["task.translation"] = r"""
Necesito traducir al {lang2} los subtítulos de un documental de 50 minutos.
¿Quién puede revisar la traducción al {lang2} de un catálogo de muebles? Son unas 6.000 palabras.
"""
P_TRAIN["task.design"] = r"""
Queremos un logotipo para una cafetería de especialidad, con dos o tres propuestas iniciales.
Necesito la portada de una novela juvenil, en versión impresa y para ebook, {deadline}.
"""
P_TRAIN["task.software"] = r"""
Necesitamos una app sencilla de reservas para una peluquería, en Android e iOS.
¿Alguien puede montar una tienda en Shopify con unos 200 productos y pasarela de pago?
"""
P_TRAIN["task.bookkeeping"] = r"""
Necesito que me hagan la declaración de la renta; tengo un piso alquilado y algunas acciones.
Buscamos a alguien que lleve la facturación y los pagos a proveedores de nuestra pequeña empresa un par de días al mes.
"""
P_TRAIN["task.marketing"] = r"""
Queremos una campaña de email para el Black Friday de nuestra tienda de ropa, con tres envíos.
Necesitamos a alguien que gestione nuestras campañas de Google Ads con {budget} al mes.
"""
P_TRAIN["task.data_analysis"] = r"""
Necesito un dashboard en Power BI con los indicadores de producción de nuestras tres fábricas.
"""
P_TRAIN["task.platform_support"] = r"""
¿Cómo puedo ampliar el plazo de entrega del pedido {order}? El proveedor está de acuerdo.
Quiero dejar una valoración al proveedor, pero no me aparece el botón.
"""
