"""Portuguese (PT and BR) support messages. Slot syntax: see generate.py."""

LANG = "pt"
LOCALES = ["pt_PT", "pt_BR", "pt_BR"]
JOB_LOCALES = ["pt_PT", "pt_BR"]
HONORIFICS = {"m": ["Sr.", "Sr.", "Senhor", "Dr.", "Eng.", "Prof."],
              "f": ["Sra.", "Sra.", "Senhora", "D.", "Dra.", "Eng.ª", "Prof.ª"]}
JOBS = [
    "Diretora financeira", "Diretor-geral", "Gerente de marketing", "Contabilista", "Contador", "Gestora de projetos",
    "Sócio-gerente", "Assistente de direção", "Advogada", "Encarregado de proteção de dados",
    "Analista de recursos humanos", "Desenvolvedor web", "Designer gráfica", "Tradutor freelancer",
    "Administrador de sistemas", "Diretor comercial", "Fundadora e CEO", "Técnica de contabilidade",
]
UNITS = ["Apto %##", "Caixa Postal %###", "%º Esq.", "%º Dto.", "Sala %#", "Bloco ?"]
SERVICES = ["criação de logótipo", "tradução do site", "auditoria SEO", "contabilidade mensal", "relatório em Excel",
            "site em WordPress", "Pacote Logo Design", "Plano Premium", "artigos para blog", "revisão de texto",
            "identidade visual", "análise de dados", "campanha nas redes sociais"]
MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro",
          "novembro", "dezembro"]
WEEKDAYS = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"]
DATE_FORMATS = ["{dd}/{mm}/{Y}", "{d} de {month} de {Y}", "{d} de {month}", "{dd}-{mm}-{Y}", "{Y}-{mm}-{dd}"]
AMOUNTS = ["{x},{c} €", "€ {x}", "R$ {x},{c}", "R$ {x}", "{x} EUR"]

GREETINGS = ["Olá,", "Bom dia,", "Exmos. Senhores,", "Olá {first4},", "Car{g4:o/a} {first4},", "Prezad{g4:o/a} {hname4},",
             "Boa tarde,", "Oi,", "", "Oi {first4},", "Prezados,"]
CLOSINGS = ["Cumprimentos,", "Com os melhores cumprimentos,", "Atenciosamente,", "Obrigad{g:o/a},", "Abraço,",
            "Fico a aguardar,", "Att.,", "Grato,"]
SUBJECTS = ["Assunto: alteração de morada", "Assunto: RE: encomenda {order}", "Assunto: pedido de acesso (RGPD/LGPD)",
            "Assunto: fatura {invoice} incorreta"]
WRAPPERS = [
    "---------- Mensagem encaminhada ---------\nDe: {name} <{email}>\nData: {weekday}, {date} às {time}\n"
    "Assunto: {service}\nPara: {name2} <{email2}>",
    "Em {date} às {time}, {name} <{email}> escreveu:",
]

SIGNATURES = [
    "{name}\n?{job}\n?{org}\n?{addrblock}\n?Tel.: {phone}",
    "{first}",
    "{hname}\n{job}\n{org}\n?{addrline}",
    "--\n{name}\n{org}\n{addrline}\n?NIF: {num}",
    "{first}\n\nEnviado do meu iPhone",
]

BODIES = [
    "mudei de casa e preciso de atualizar a morada de faturação. A nova morada é:\n\n{addrblock}\n\n"
    "Podem corrigir também a fatura {invoice}?",
    "o prestador {name2} não responde às minhas mensagens desde {weekday} (encomenda {order}).",
    "nos termos do artigo 17.º do RGPD, peço a eliminação da minha conta. A morada registada era {addrline}.",
    "a nossa empresa mudou de nome de {org} para {org2}. Por favor atualizem as próximas faturas.",
    "por favor adicionem {name2} como utilizador da nossa conta. {g2:Ele/Ela} é {g2:o nosso/a nossa} {job2}.",
    "vou estar em {town} até {date}, por isso prefiro resposta por e-mail e não pelo {phone}.",
    "conforme combinado por telefone com {first2}, envio em anexo o formulário assinado.",
    "obrigado pela ajuda da última vez. Infelizmente o link de download da encomenda {order} expirou outra vez.",
    # People named by one name only, companies and places in running text.
    "{last2}, da vossa equipa de faturação, prometeu-me um reembolso na semana passada.",
    "Podem reencaminhar isto para {first2}? {g2:Ele/Ela} trata da nossa conta.",
    "Segundo {last3}, a fatura foi paga a {date}, mas no banco não aparece nada.",
    "Antes trabalhávamos com {org2}, mas agora vamos passar tudo para a Taskbridge.",
    "A nossa equipa em {town} vai rever o rascunho; a aprovação final é de {last2}.",
]

MESSAGES = [
    "Nova morada: {addrline}\n{name}",
    "por favor alterem o meu endereço para {addrline}",
    "Olá, mudei-me para {town}. Como altero a localização no meu perfil?",
    "Chamo-me {name} e peço a eliminação da minha conta ({email}) ao abrigo do RGPD.",
    "Nome: {first}\nApelido: {last}\nMorada: {street}\nCódigo postal: {zip}\nLocalidade: {city}\n?Distrito: {region}\n"
    "País: {country}\nAssunto: alteração de morada",
    "NOME COMPLETO: {name:upper}\nEMPRESA: {org}\nCARGO: {job}\nENDEREÇO: {addr}",
    "[{time}] {first:lower}: oi, minha nota fiscal não chegou\n[{time}] Suporte Taskbridge: Olá! Para qual endereço enviamos?\n"
    "[{time}] {first:lower}: {addrline}",
    "{org}\n{addrblock}\n\n{town}, {date}\n\nAssunto: pedido de eliminação de dados\n\nExmos. Senhores,\n\n"
    "em nome {g2:do nosso cliente/da nossa cliente} {hname2}, solicitamos a eliminação de todos os seus dados pessoais.\n\n"
    "Com os melhores cumprimentos,\n\n{name}\n{job}",
    "Morada de entrega:\n{name}\n{addrblock}\n\nDados de faturação:\n{org}\nA/C {hname2}\n{addrblock2}",
    "FATURA N.º {invoice}\nData: {date}\n\nCliente:\n{name}\n?{org}\n{addrblock}\n\nDescrição: {service}\nTotal: {amount}",
    "{g2:O meu colega/A minha colega} {name2} ({job2}) vai assumir o projeto a partir de segunda-feira.",
    "O prestador {first2} {last2} da {org2} entregou com duas semanas de atraso. Quero um reembolso parcial.",
    "oi aqui é {first:lower} de {town:lower}, meu pedido {order} ainda tá em andamento??",
    "Podem emitir a fatura em nome de {org}, {addrline}, ao cuidado de {hname2}?",
    "O CEP é {zip}, não o que aparece na fatura.",
    "Trabalhei {n} anos como {job} na {org} em {town} antes de me mudar para {land}.",
    "Quem é {name2}? Essa pessoa me mandou mensagem sobre o meu pedido.",
    "Somos uma pequena empresa de {town} ({org}) e procuramos ajuda com {service}.",
    "Sou de {town} e moro agora em {land}. Que IVA se aplica?",
    "Saudações de {town:upper}! O Plano Business está disponível em {land}?",
]

NEGATIVES = [
    "Olá, encomendei o Pacote Logo Design na {weekday} e ainda não recebi nada. Encomenda {order}.",
    "O relatório em Excel fica pronto em {month}?",
    "Enviem-me a fatura em PDF, por favor. Plano Premium, faturação mensal.",
    "Como altero a minha palavra-passe do Taskbridge?",
    "Muito obrigado, o problema com o WordPress está resolvido!",
    "O pagamento de {amount} está pendente desde {weekday}. Ticket {ticket}.",
    "Bom dia,\n\ngostaria de cancelar a minha assinatura no final de {month}.\n\nCumprimentos",
    "[Olá|Oi], há desconto para estudantes?",
    "O ficheiro de {tool} tem as [fontes|cores] erradas. Podem verificar?",
    "Posso pagar com PayPal ou só com cartão?",
    "A encomenda {order} aparece como Entregue, mas nada foi carregado.",
]

CORNERS = ["a esquina da {a} com a {b}", "esquina {a} com {b}", "o cruzamento da {a} com a {b}"]
MESSAGES += [
    "Moro na {corner}, o estafeta engana-se sempre no prédio.",
    "O prestador pode encontrar-me na {corner} na {weekday}?",
    "Trabalho na {org2} e preciso da fatura em nome da empresa.",
    "A {org2} ligou-me ontem por causa da minha encomenda. São vossos parceiros?",
    "Estamos a comparar orçamentos da {org2} e da {org3}.",
    "{first2} diz que os ficheiros estão prontos.",
]
NEGATIVES += [
    "CONDIÇÕES GERAIS\nCláusula 1.ª - Objeto\nCláusula 2.ª - Preço",
    "Entrega, Aceitação e Garantia constam do anexo B.",
]
