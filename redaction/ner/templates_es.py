"""Spanish support messages. Slot syntax: see generate.py."""

LANG = "es"
LOCALES = ["es_ES", "es_ES", "es_MX", "es_AR"]
JOB_LOCALES = ["es_ES", "es_MX"]
HONORIFICS = {"m": ["Sr.", "Sr.", "Don", "D.", "Dr.", "Lic.", "Ing."],
              "f": ["Sra.", "Sra.", "Srta.", "Doña", "Dña.", "Dra.", "Lic."]}
JOBS = [
    "Directora financiera", "Director general", "Responsable de marketing", "Contable", "Jefa de proyecto",
    "Jefe de proyecto", "Gerente", "Asistente de dirección", "Abogada", "Delegado de protección de datos",
    "Responsable de recursos humanos", "Desarrollador web", "Diseñadora gráfica", "Traductor autónomo",
    "Administradora de sistemas", "Director comercial", "Fundador y CEO", "Asesora fiscal", "Socia directora",
]
UNITS = ["Piso %º ?", "%º %ª", "Apartado %###", "Depto. %#", "Local %", "Bajo ?"]
SERVICES = ["diseño de logo", "traducción de la web", "auditoría SEO", "contabilidad mensual", "informe en Excel",
            "web en WordPress", "Paquete Logo Design", "Plan Premium", "redacción de artículos", "corrección de textos",
            "identidad corporativa", "análisis de datos", "campaña en redes sociales"]
MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
          "noviembre", "diciembre"]
WEEKDAYS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
DATE_FORMATS = ["{dd}/{mm}/{Y}", "{d} de {month} de {Y}", "{d} de {month}", "{d}-{m}-{Y}", "{Y}-{mm}-{dd}"]
AMOUNTS = ["{x},{c} €", "{x} €", "{x} EUR", "${x} MXN", "US${x}"]

GREETINGS = ["Hola,", "Buenos días,", "Estimados señores:", "Hola {first4},", "Estimad{g4:o/a} {hname4}:",
             "Buenas tardes,", "Querido equipo de Taskbridge:", "", "Hola equipo,", "Estimad{g4:o/a} {first4}:"]
CLOSINGS = ["Saludos,", "Un saludo,", "Atentamente,", "Saludos cordiales,", "Gracias,", "Muchas gracias,",
            "Quedo a la espera,", "Un abrazo,"]
SUBJECTS = ["Asunto: cambio de dirección", "Asunto: RE: pedido {order}", "Asunto: solicitud de acceso RGPD",
            "Asunto: factura {invoice} incorrecta"]
WRAPPERS = [
    "---------- Mensaje reenviado ---------\nDe: {name} <{email}>\nFecha: {weekday}, {date} a las {time}\n"
    "Asunto: {service}\nPara: {name2} <{email2}>",
    "El {weekday}, {date} a las {time}, {name} <{email}> escribió:",
]

SIGNATURES = [
    "{name}\n?{job}\n?{org}\n?{addrblock}\n?Tel.: {phone}",
    "{first}",
    "{hname}\n{job} | {org}\n?{addrline}",
    "--\n{name}\n{org}\n{addrline}\n?CIF: {num}",
    "{first}\n\nEnviado desde mi iPhone",
]

BODIES = [
    "me he mudado y necesito actualizar mi dirección de facturación. La nueva es:\n\n{addrblock}\n\n"
    "¿Pueden corregir también la factura {invoice}?",
    "el proveedor {name2} no responde a mis mensajes desde el {weekday} (pedido {order}).",
    "de acuerdo con el artículo 17 del RGPD, solicito la supresión de mi cuenta. Mi dirección registrada era {addrline}.",
    "nuestra empresa ha cambiado de nombre: ahora es {org2} (antes {org}). Por favor, actualicen las facturas.",
    "por favor añadan a {name2} como usuari{g2:o/a} de nuestra cuenta. Es nuestr{g2:o/a} {job2}.",
    "estaré en {town} hasta el {date}, así que prefiero que me respondan por correo y no al {phone}.",
    "tal como hablé con {first2} por teléfono, les envío el formulario firmado.",
    "gracias por la ayuda de la última vez. Por desgracia, el enlace de descarga del pedido {order} ha vuelto a caducar.",
    # People named by one name only, companies and places in running text.
    "{last2}, de vuestro equipo de facturación, me prometió un reembolso la semana pasada.",
    "Por favor, reenviad esto a {first2}; {g2:él/ella} lleva nuestra cuenta.",
    "Según {last3}, la factura se pagó el {date}, pero en el banco no aparece nada.",
    "Antes trabajábamos con {org2}, pero ahora pasamos todo a Taskbridge.",
    "Nuestro equipo de {town} revisará el borrador y la aprobación final la da {last2}.",
]

MESSAGES = [
    "Nueva dirección: {addrline}\n{name}",
    "porfa cambien mi dirección a {addrline}",
    "Hola, me he mudado a {town}. ¿Cómo cambio la ubicación de mi perfil?",
    "Me llamo {name} y quiero que eliminen mi cuenta ({email}) según el RGPD.",
    "Nombre: {first}\nApellidos: {last}\nDirección: {street}\nCódigo postal: {zip}\nCiudad: {city}\n?Provincia: {region}\n"
    "País: {country}\nMotivo: cambio de dirección",
    "NOMBRE Y APELLIDOS: {name:upper}\nEMPRESA: {org}\nCARGO: {job}\nDOMICILIO: {addr}",
    "[{time}] {first:lower}: hola, no me ha llegado la factura\n[{time}] Soporte Taskbridge: ¡Hola! ¿A qué dirección la enviamos?\n"
    "[{time}] {first:lower}: {addrline}",
    "{org}\n{addrblock}\n\n{town}, {date}\n\nAsunto: solicitud de supresión de datos\n\nEstimados señores:\n\n"
    "en nombre de nuestr{g2:o cliente/a clienta} {hname2} les solicitamos la supresión de todos sus datos personales.\n\n"
    "Atentamente,\n\n{name}\n{job}",
    "Dirección de envío:\n{name}\n{addrblock}\n\nDatos de facturación:\n{org}\nA la atención de {hname2}\n{addrblock2}",
    "FACTURA Nº {invoice}\nFecha: {date}\n\nCliente:\n{name}\n?{org}\n{addrblock}\n\nConcepto: {service}\nTotal: {amount}",
    "{g2:Mi compañero/Mi compañera} {name2} ({job2}) se encargará del proyecto a partir del lunes.",
    "El proveedor {first2} {last2} de {org2} entregó los archivos con dos semanas de retraso. Pido un reembolso parcial.",
    "hola soy {first:lower} de {town:lower}, mi pedido {order} sigue en proceso??",
    "¿Pueden emitir la factura a nombre de {org}, {addrline}, a la atención de {hname2}?",
    "El código postal es {zip}, no el que aparece en la factura.",
    "Trabajé {n} años como {job} en {org} en {town} antes de mudarme a {land}.",
    "¿Quién es {name2}? Esa persona me escribió por mi pedido.",
    "Somos una pequeña empresa de {land} ({org}) y buscamos ayuda con {service}.",
    "Soy de {land} y vivo en {town}. ¿Qué IVA me corresponde?",
    "¡Saludos desde {town:upper}! ¿El Plan Business está disponible en {land}?",
]

NEGATIVES = [
    "Hola, pedí el Paquete Logo Design el {weekday} y todavía no he recibido nada. Pedido {order}.",
    "¿Estará listo el informe en Excel en {month}?",
    "Envíenme la factura en PDF, por favor. Plan Premium, facturación mensual.",
    "¿Cómo cambio mi contraseña de Taskbridge?",
    "¡Muchas gracias, el problema con WordPress ya está resuelto!",
    "El pago de {amount} sigue pendiente desde el {weekday}. Ticket {ticket}.",
    "Buenos días:\n\nquiero cancelar mi suscripción a finales de {month}.\n\nUn saludo",
    "[Hola|Buenas], ¿hay descuento para estudiantes?",
    "El archivo de {tool} tiene las [fuentes|columnas] mal. ¿Lo pueden revisar?",
    "¿Puedo pagar con PayPal o solo con tarjeta?",
    "El pedido {order} aparece como Entregado pero no se ha subido nada.",
]

CORNERS = ["la esquina de {a} con {b}", "esquina {a} y {b}", "el cruce de {a} con {b}"]
MESSAGES += [
    "Vivo en {corner}, el mensajero siempre se equivoca de portal.",
    "¿Puede el proveedor verme el {weekday} en {corner}?",
    "Trabajo en {org2} y necesito la factura a nombre de la empresa.",
    "{org2} me llamó ayer por mi pedido. ¿Son socios suyos?",
    "Estamos comparando presupuestos de {org2} y {org3}.",
    "{first2} dice que los archivos están listos.",
]
NEGATIVES += [
    "CONDICIONES GENERALES\nPRIMERA. Objeto\nSEGUNDA. Precio y forma de pago",
    "Entrega, Revisión y Garantía: ver el anexo del presupuesto.",
]
