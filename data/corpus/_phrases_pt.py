# Frases em português europeu. Formato: ver _phrases_en.py.

LOCALES = ["pt_PT"]
EMAIL_DOMAINS = ["sapo.example", "netcabo.example", "gmail.example", "hotmail.example",
                 "mailbox.example", "clix.example", "iol.example"]
MONTHS = ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto",
          "setembro", "outubro", "novembro", "dezembro"]
DATE_FORMATS = ["{d:02d}/{m:02d}/{y}", "{d} de {month} de {y}", "{d:02d}-{m:02d}-{y}"]

P = {}

P["greet.casual"] = r"""
Olá,
Bom dia,
Boa tarde,
Boa noite,
Olá, equipa Taskbridge,
Viva,
Olá a todos,
"""
P["greet.formal"] = r"""
Exmos. Senhores,
Exmo(a). Senhor(a) Encarregado(a) da Proteção de Dados,
Ao cuidado do Encarregado de Proteção de Dados da Taskbridge,
Caros Senhores,
"""
P["greet.formal.business"] = r"""
Exmos. Senhores,
Cara equipa Taskbridge,
Boa tarde,
"""
P["greet.person"] = r"""
Olá {to},
Bom dia, {to},
Olá {to}!
Viva {to},
Caro(a) {to},
"""
P["close.casual"] = r"""
Obrigad[[o||a]],
Obrigad[[o||a]]!
Cumprimentos,
Abraço,
Até breve,
Muito obrigad[[o||a]],
"""
P["close.formal"] = r"""
Com os melhores cumprimentos,
Atentamente,
Melhores cumprimentos,
Sem outro assunto, subscrevo-me com os melhores cumprimentos,
"""
P["close.extra"] = r"""
Agradeço que me confirmem quando estiver feito.
Se precisarem de confirmar a minha identidade, digam.
Agradecia uma resposta rápida.
Fico a aguardar confirmação por e-mail.
"""
P["sig.casual"] = r"""
{first}
{name}
{first}
{name}\n{phone}
{name}\nEnviado do meu iPhone
{first}\n\nEnviado do telemóvel
{name}\n{email}
-- \n{name}\nTlm. {phone}
"""
P["sig.formal"] = r"""
{name}\n{street}\n{city_line}
{name}\n{street}\n{city_line}\nTel.: {phone}
{name}\n{address}\nE-mail: {email}
{name}\nTelefone: {phone}\nE-mail: {email}
{name}
"""
P["sig.business"] = r"""
{name}\n{company}\nTel. {phone}
{name}\nGerente | {company}\n{work_email}
{name}\nResponsável de marketing, {company}\nTlm. {phone}
{name}\n{company}\n{street}\n{city_line}
"""
P["sig.agent"] = r"""
{name}\nAdvogad[[o||a]]\n{firm}\n{street}\n{city_line}\nTel. {phone}
{name}\nAdvogad[[o||a]] | {firm}\n{email}
{name}\n{firm}\n{street}, {city_line}\nTel. {phone}
"""
P["firm"] = r"""
{l1} & Associados – Sociedade de Advogados
{l1}, {l2} & Associados
Escritório de Advogados {l1}
{l1} Advogados
"""
P["ctx.priv"] = r"""
A minha conta é a {acc}.
Estou registad[[o||a]] com {email}.
No ano passado usei a Taskbridge duas ou três vezes, sobretudo para traduções.
A minha última encomenda foi a {order}, um logótipo.
Já não entro na plataforma há mais de um ano.
A conta está registada em {email} (ID {acc}).
Em {year} contratei um redator através de vocês.
Sou [[ex-cliente||ex-cliente]], número de conta {acc}.
Fechei a minha loja e já não preciso da plataforma.
Só me registei para pedir um orçamento e nunca encomendei nada.
Podem contactar-me pelo {phone} se for preciso.
"""
P["ctx.ord"] = r"""
Já trabalhámos convosco antes (encomenda {order}).
Sou [[o dono||a dona]] da {company}.
Somos uma pequena equipa de {city}.
A minha conta: {acc}.
Espero que esteja tudo bem.
Conforme falámos ao telefone:
Um colega recomendou-me a vossa plataforma.
É para a {company}.
"""
P["transition"] = r"""
Além disso, tenho outro pedido.
Tenho também um segundo pedido.
E mais uma coisa.
Solicito ainda o seguinte.
Por fim, um último ponto.
"""
P["bridge"] = r"""
Outro assunto, que não tem a ver com o projeto.
A propósito, uma questão à parte sobre os meus dados.
Aproveito para fazer outro pedido.
PS:
Mudando de assunto.
E uma coisa que nada tem a ver com a encomenda.
"""
P["bridge.task"] = r"""
Além disso, sobre o meu projeto atual:
E agora o trabalho propriamente dito:
Quanto ao trabalho:
Tenho também um trabalho novo:
"""
P["bridge.end"] = r"""
Uma última coisa.
Para terminar, um pedido.
Antes de fecharmos, um último pedido.
E por fim:
"""
P["thread.done"] = r"""
Recebi os ficheiros finais, obrigad[[o||a]] – está tudo bem do meu lado e a fatura está paga.
Tudo entregue e aprovado, obrigad[[o||a]] pelo trabalho.
Obrigad[[o||a]], da minha parte o projeto está concluído.
Recebi tudo, a encomenda pode ser fechada.
Perfeito, já deixei a avaliação. Está terminado.
"""
P["thread.quote"] = r"""
A {qdate}, às {qtime}, {qname} <{qemail}> escreveu:
No dia {qdate}, {qname} <{qemail}> escreveu:
{qname} escreveu a {qdate}:
"""
P["thread.outlook"] = r"""
-----Mensagem original-----\nDe: {qname} <{qemail}>\nEnviada: {qdate} {qtime}
De: {qname} <{qemail}>\nData: {qdate} às {qtime}
________________________________\nDe: {qname} <{qemail}>\nEnviado: {qdate} {qtime}
"""
P["thread.re"] = r"""
RE:
Re:
RE:
"""
P["support.address"] = r"""
apoio@taskbridge.example
support@taskbridge.example
"""
P["formal.intro"] = r"""
Venho, pela presente, exercer os direitos que me são conferidos pelo Regulamento Geral sobre a Proteção de Dados (RGPD) relativamente à minha conta {acc}.
Na qualidade de utilizador[[||a]] registad[[o||a]] da vossa plataforma (e-mail: {email}), dirijo-me a V. Exas. enquanto responsáveis pelo tratamento.
Escrevo-vos a propósito dos dados pessoais que a Taskbridge trata a meu respeito enquanto [[antigo cliente||antiga cliente]].
Na qualidade de titular da conta {acc}, apresento o seguinte pedido ao abrigo do RGPD e da Lei n.º 58/2019.
Agradeço que considerem este e-mail um pedido formal ao abrigo do RGPD.
"""
P["formal.multi"] = r"""
Assim, solicito:
Concretamente, solicito:
Peço o seguinte:
Os meus pedidos são os seguintes:
"""
P["formal.identity"] = r"""
Para efeitos de identificação: {name}, nascid[[o||a]] a {dob}, residente em {address}.
O meu e-mail registado é {email} e o meu telefone {phone}.
O meu número de cliente é {acc}; a última encomenda foi a {order}.
Posso enviar cópia do Cartão de Cidadão se for mesmo necessário, mas escrevo a partir do e-mail registado.
Dados de identificação: {name}, data de nascimento {dob}, {address}, conta {acc}.
"""
P["formal.deadline"] = r"""
Solicito resposta no prazo de um mês previsto no artigo 12.º, n.º 3, do RGPD.
Aguardo a vossa resposta sem demora injustificada e, em qualquer caso, no prazo de um mês a contar da receção.
Agradeço que acusem a receção deste pedido.
"""
P["formal.threat"] = r"""
Na falta de resposta nesse prazo, apresentarei queixa à Comissão Nacional de Proteção de Dados (CNPD).
Reservo-me o direito de apresentar reclamação junto da CNPD.
Caso considerem aplicável alguma exceção, peço que a fundamentem.
"""
P["formal.header"] = r"""
{name}\n{street}\n{city_line}\n\nTaskbridge\nA/C Encarregado de Proteção de Dados\n\n{home_city}, {date}\n\nAssunto: {subj}
{name}\n{address}\n{email}\n\n{date}\n\nAssunto: {subj}
Enviado por e-mail para privacy@taskbridge.example\n\n{date}\n\nAssunto: {subj}
"""
P["formal.task_intro"] = r"""
Gostaríamos de receber um orçamento para o seguinte trabalho.
Pretendo adjudicar o seguinte projeto através da vossa plataforma.
Procuramos um prestador adequado para o projeto descrito abaixo.
Resumo abaixo um trabalho que gostaríamos de encomendar via Taskbridge.
"""
P["formal.task_close"] = r"""
Agradecemos que nos indiquem o custo estimado e o prazo de entrega.
Ficamos a aguardar a vossa proposta.
Fico ao dispor para qualquer esclarecimento.
Podem confirmar-nos se o prazo é exequível?
"""
P["agent.lawyer"] = r"""
Na qualidade de mandatári[[o||a]] de {client}, conforme procuração que se junta, venho expor o seguinte.
Esta sociedade representa {client}, <<antigo cliente||antiga cliente>> da vossa plataforma, e escrevemos por sua instrução.
Represento {client} num litígio com um prestador da vossa plataforma e escrevo-vos nesse contexto sobre os seus dados pessoais.
Fomos mandatados por {client} para exercer, em seu nome, os direitos previstos no RGPD.
"""
P["agent.parent"] = r"""
Sou [[o pai||a mãe]] de {client}, de {client_age} anos, que se registou no vosso site sem o nosso conhecimento.
<<O meu filho||A minha filha>> {client_first}, de {client_age} anos, inscreveu-se na Taskbridge para dar explicações, o que não autorizámos. Escrevo na qualidade de representante legal.
Escrevo em nome <<do meu filho||da minha filha>> {client} ({client_age} anos), que usou a vossa plataforma para um trabalho da escola.
"""
P["agent.family"] = r"""
Escrevo em nome <<do meu pai||da minha mãe>>, {client}, de quem sou procurador[[||a]].
<<O meu marido||A minha mulher>>, {client}, está <<internado||internada>> no hospital e pediu-me que tratasse disto.
Sou [[o acompanhante||a acompanhante]] de {client}, nos termos do regime do maior acompanhado, e trato dos seus assuntos.
"""
P["agent.auth"] = r"""
Junto a procuração assinada.
Segue em anexo cópia da procuração e do seu documento de identificação.
Anexo a autorização escrita e cópia do meu documento de identificação.
O documento que comprova os meus poderes de representação segue em anexo.
"""
P["agent.client_id"] = r"""
A conta de {client} está registada com {client_email} ({client_acc}).
Dados de identificação: {client}, <<nascido||nascida>> a {client_dob}, {client_address}.
Trata-se da conta {client_acc}, associada ao e-mail {client_email}.
"""
P["agent.task_intro"] = r"""
Escrevo em nome de {client}, <<dono||dona>> da {company}.
Sou assistente de {client} e faço esta encomenda em seu nome.
A nossa agência gere os projetos da {company} e queremos encomendar o seguinte por conta de {client}.
{client} pediu-me para vos contactar em seu nome.
"""
P["chat.open"] = r"""
olá
boa tarde
Olá, uma pergunta
Olá, está aí alguém?
olá, preciso de ajuda
"""
P["chat.agent_greet"] = r"""
Olá, {first}, obrigado por contactar a Taskbridge. Em que posso ajudar?
Olá! Fala {agent}. O que posso fazer por si?
Bom dia, obrigado pela espera. Qual é a sua questão?
"""
P["chat.agent_ask"] = r"""
Claro. Pode confirmar-me o e-mail ou o ID da sua conta?
Vou verificar. Com que e-mail ou número de conta está registad[[o||a]]?
Obrigado. Para encontrar a sua conta, pode indicar-me o ID ou o e-mail?
"""
P["chat.agent_end"] = r"""
Obrigado, registei o pedido com o ticket {ticket}. Vai receber uma confirmação por e-mail.
Entendido, vou encaminhar para a equipa responsável. Receberá resposta por e-mail.
Muito bem, {first}. Abri o ticket {ticket} e entraremos em contacto.
Obrigado por nos avisar. Confirmaremos por e-mail quando estiver tratado.
"""
P["chat.agent_end_ord"] = r"""
Obrigado, abri o ticket {ticket}.
Certo, vou encaminhar e terá resposta em breve.
Ok, está encaminhado. Receberá uma atualização por e-mail.
Obrigado, {first}, vou tratar disso e dou notícias.
"""
P["chat.cust_end"] = r"""
obrigad[[o||a]]
ótimo, obrigad[[o||a]]!
ok obrigad[[o||a]]
muito obrigad[[o||a]]
perfeito
"""
P["form.labels"] = r"""
title=Formulário de contacto|name=Nome|email=E-mail|phone=Telefone|account=Número de conta|order=Número da encomenda|topic=Assunto|message=Mensagem|sent=Enviado em
"""
P["form.topic_privacy"] = r"""
Proteção de dados
Dados pessoais
Privacidade
Os meus dados
"""
P["form.topic_generic"] = r"""
Pedido geral
A minha conta
Outro
Sugestões
"""
P["form.topic_project"] = r"""
Novo projeto
Dúvida sobre uma encomenda
Pedir orçamento
Encomenda
"""
P["form.topic_support"] = r"""
Conta e acesso
Faturação e pagamentos
Problema técnico
Pagamentos
"""
P["subj.generic"] = r"""
Dúvida
A minha conta
Pedido
Conta {acc}
Olá
Uma pergunta
Seguimento
Ticket {ticket}
Encomenda {order}
"""
P["subj.formal"] = r"""
Exercício de direitos RGPD – {name}
Pedido ao abrigo do RGPD
Exercício de direitos sobre os meus dados pessoais
Pedido relativo aos meus dados – conta {acc}
"""
P["subj.agent"] = r"""
Pedido RGPD em nome de {client}
Processo {client_last} – dados pessoais
Conta de {client}
"""
P["subj.access"] = r"""
Pedido de acesso aos meus dados
Direito de acesso – art. 15.º RGPD
Que dados têm sobre mim?
Cópia dos meus dados
"""
P["subj.deletion"] = r"""
Eliminar a minha conta
Apagamento dos meus dados
Direito a ser esquecido
Apagar os meus dados
"""
P["subj.correction"] = r"""
Dados errados na minha conta
Retificação de dados
Alteração de apelido
Atualizar a minha morada
"""
P["subj.portability"] = r"""
Exportação dos meus dados
Portabilidade dos dados
Transferência dos meus dados
"""
P["subj.restriction"] = r"""
Limitação do tratamento
Bloqueio dos meus dados
Litígio – suspendam o tratamento
"""
P["subj.objection"] = r"""
Oposição ao tratamento
Definição de perfis
Uso dos meus dados para IA
Direito de oposição
"""
P["subj.opt_out"] = r"""
Cancelar subscrição
Chega de e-mails promocionais
Newsletter
Não quero publicidade
"""
P["subj.other_privacy"] = r"""
Pergunta sobre os meus dados
Violação de dados?
Quem tem os meus dados?
Questão de privacidade
Consentimento
"""
P["subj.writing"] = r"""
Redação de conteúdos
Artigos para o blogue
Textos do site
Revisão de texto
"""
P["subj.translation"] = r"""
Pedido de tradução
Tradução para {lang2}
Orçamento de tradução
Legendagem
"""
P["subj.design"] = r"""
Logótipo
Folheto
Alterações à maquete
Nova identidade visual
"""
P["subj.software"] = r"""
Correção de erro
Problema no site
Procuro programador
Projeto de app
"""
P["subj.bookkeeping"] = r"""
Contabilidade
Declaração de IVA
Fecho mensal
Contas anuais
"""
P["subj.marketing"] = r"""
Campanha de newsletter
Google Ads
Calendário de redes sociais
Auditoria SEO
"""
P["subj.data_analysis"] = r"""
Análise de dados
Dashboard
Análise do inquérito
Relatório de vendas
"""
P["subj.platform_support"] = r"""
Problema no início de sessão
Problema de pagamento
Cobrança duplicada
Dúvida sobre uma fatura
Não consigo carregar ficheiros
"""
P["subj.chat"] = r"""
Transcrição do chat
Chat ao vivo – {date}
Conversa com {first}
"""
P["subj.form"] = r"""
Nova mensagem do formulário de contacto
Pedido de contacto de {name}
"""
P["task.extra"] = r"""
Segue o briefing em anexo.
Quanto custaria?
Se preferirem, falamos por telefone.
Podem dar-me um orçamento aproximado?
Os ficheiros estão na pasta partilhada.
O orçamento ronda os {budget}.
Precisávamos disto {deadline}.
"""
P["deadlines"] = r"""
até sexta-feira
até ao fim da próxima semana
antes do dia 15
em cinco dias úteis
para segunda de manhã
até ao fim do mês
o mais depressa possível
"""
P["budgets"] = r"""
400 €
1200 €
600 euros
250 €
900 €
"""
P["lang2"] = r"""
inglês
alemão
francês
espanhol
italiano
neerlandês
polaco
"""

P["req.access.plain"] = r"""
Podem enviar-me uma cópia de todos os dados pessoais que têm sobre mim?
Que informação têm exatamente sobre mim? Quero ver tudo.
Gostava de saber o que a Taskbridge guardou sobre mim: perfil, encomendas, mensagens, tudo.
Por favor, enviem-me tudo o que têm arquivado em meu nome.
Como consigo uma cópia dos meus dados? Quero saber o que guardam.
Quero uma cópia completa dos meus dados, incluindo as conversas com os prestadores e as notas do vosso apoio ao cliente.
Podem dizer-me que dados pessoais recolheram sobre mim e de onde os obtiveram?
O que é que sabem sobre mim? Mandem-me o que tiverem, por favor.
Oi, gostaria de saber quais dados pessoais vocês têm a meu respeito. Dá pra me mandar uma cópia?
que dados meus e que voces tem guardados? mandem-me uma copia pf
Pedi um orçamento há uns meses e desde então pergunto-me o que terá ficado registado sobre mim. Podiam mostrar-me essa informação?
Tenho direito a ver os meus dados, certo? Então gostaria de receber tudo o que está associado ao meu nome, incluindo o histórico de pagamentos e os registos de início de sessão.
Seria possível enviarem-me um resumo de toda a informação pessoal que consta do meu perfil e das minhas encomendas? Agradeço desde já.
Uma cópia dos meus dados, se faz favor.
Queria saber se é possível ver toda a informação que a Taskbridge tem ligada ao meu nome.
Vocês têm um relatório com tudo o que guardaram sobre mim? Gostaria de recebê-lo.
Quero ver a minha ficha completa, tal como aparece nos vossos sistemas internos.
oi gente, como eu faço pra ver tudo que vcs tem registrado sobre mim? perfil, pagamentos, conversas...
Mandem-me por e-mail o conjunto dos dados pessoais que a plataforma conserva sobre a minha pessoa.
Já pedi isto no chat e ninguém respondeu: quero saber que informações minhas estão na vossa base de dados e receber uma cópia. É assim tão difícil?
Acesso aos meus dados pessoais, se faz favor.
Tenho curiosidade em saber o que ficou registado das vezes que usei o site, pesquisas, mensagens, moradas. Conseguem mostrar-me?
Será que me podiam fazer chegar um extrato de todos os registos que existem a meu respeito, mesmo os que não aparecem na área de cliente?
o senhor da linha de apoio disse que eu podia pedir por aqui: quero a listagem de tudo o que tem de mim
Preciso saber exatamente que dados meus vocês coletaram desde que abri a conta. Podem me enviar um arquivo com isso?
Que informação pessoal minha consta dos vossos ficheiros? Gostava de a ver com os meus próprios olhos.
"""
P["req.access.formal"] = r"""
Nos termos do artigo 15.º do RGPD, solicito que me confirmem se tratam dados pessoais que me digam respeito e, em caso afirmativo, que me facultem uma cópia dos mesmos.
Venho exercer o meu direito de acesso. Solicito, em particular, informação sobre as finalidades do tratamento, as categorias de dados, os destinatários e o prazo de conservação.
Solicito o acesso à totalidade dos meus dados pessoais, incluindo os que constem de pedidos de apoio, notas internas e cópias de segurança.
No exercício do direito de acesso, peço uma cópia dos meus dados num formato eletrónico de uso corrente.
Solicito que me comuniquem todos os dados pessoais que me dizem respeito e que estão na vossa posse, bem como a sua origem.
Ao abrigo do artigo 15.º, n.º 3, do RGPD, requeiro que me seja fornecida, a título gratuito, uma cópia dos dados pessoais que me dizem respeito e que se encontram em tratamento.
Nos termos do artigo 15.º, n.º 1, do RGPD, solicito informação sobre as categorias de dados pessoais tratados a meu respeito, as finalidades do tratamento e a existência de decisões automatizadas, bem como cópia dos referidos dados.
Requeiro, no exercício do direito de acesso do titular dos dados, que me seja disponibilizada cópia integral das informações pessoais associadas à minha conta, incluindo os registos de comunicações e de transações.
Nos termos do art. 18, inciso II, da Lei n.º 13.709/2018 (LGPD), requeiro o acesso aos dados pessoais que a Taskbridge mantém a meu respeito, mediante o envio de cópia integral.
Solicito que me seja remetida, por via eletrónica, cópia de todos os dados pessoais que me respeitam, com indicação da fonte de onde foram recolhidos sempre que não tenham sido fornecidos por mim.
Exerço, por este meio, o direito previsto no artigo 15.º do Regulamento (UE) 2016/679, requerendo informação sobre as finalidades para as quais os meus dados são tratados e uma cópia dos mesmos.
Com fundamento no art. 18, II, e no art. 19, II, da LGPD, solicito declaração clara e completa que indique a origem dos meus dados pessoais, os critérios utilizados e a finalidade do tratamento.
Agradeço que me informem se a vossa empresa conserva alguma informação pessoal relativa à minha pessoa e, nesse caso, que ma disponibilizem na íntegra.
Na qualidade de titular dos dados, venho requerer o acesso às avaliações, pontuações internas e registos de atividade associados ao meu perfil, bem como às respetivas cópias.
"""
P["req.deletion.plain"] = r"""
Por favor, apaguem a minha conta e todos os dados que têm sobre mim.
Já não uso a Taskbridge, podem apagar tudo o que têm meu?
Apaguem o meu perfil, o histórico de encomendas e as mensagens. Não quero que fique nada.
Podem retirar toda a minha informação pessoal do vosso sistema? Obrigad[[o||a]].
Quero fechar a conta e que os meus dados sejam apagados de vez.
Apaguem os meus dados, por favor. Nunca terminei o registo e não quero que fiquem na vossa base de dados.
apaguem a minha conta pf com tudo o que lá está
Quero desaparecer por completo da vossa plataforma: conta, fotografia, avaliações, tudo.
Garantam que apagam tudo, incluindo a cópia do documento que carreguei para a verificação.
Livrem-se de tudo o que têm sobre mim, por favor.
Oi, quero excluir minha conta e que vocês apaguem todos os meus dados, por favor.
Como faço para eliminar a conta de vez? E quero mesmo que os dados desapareçam, não só que a conta fique desativada.
eliminem a minha conta e os dados todos, ja nao preciso disto
Não percebo porque é que ainda guardam as minhas informações se já não uso o serviço há anos. Quero que apaguem tudo, sem exceção.
Agradecia que eliminassem os meus dados pessoais dos vossos sistemas, incluindo as mensagens trocadas com os prestadores. Obrigad[[o||a]] pela compreensão.
Apaguem-me, por favor. Conta, dados, tudo.
Quero que a minha conta deixe de existir. Tratem disso, por favor, e não guardem nada.
oi, da pra vcs apagarem meu cadastro inteiro? nao uso mais a plataforma
Estou cansad[[o||a]] de pedir: eliminem o meu registo de uma vez por todas! Já é a terceira mensagem que mando.
Removam o meu perfil e todos os dados ligados a ele dos vossos servidores.
Queria saber se podem excluir definitivamente todas as informações que deixei na Taskbridge quando me inscrevi como prestador[[||a]].
Apagar conta. Apagar dados. Obrigad[[o||a]].
A gente fechou a empresa e queria que vocês excluíssem a conta e tudo o que ficou guardado nela.
Não quero deixar rasto nenhum na vossa plataforma: tirem de lá as fotografias, as mensagens e as moradas, e fechem a conta.
Continuo a receber notificações de uma conta que julgava ter encerrado. Quero que a apaguem mesmo, com todos os dados.
Podem destruir a cópia do cartão de cidadão que enviei na verificação? Não quero que isso fique convosco.
Olhe, seja quem for o responsável: eliminem tudo o que diga respeito a mim, não quero mais nada com esta plataforma.
É possível excluir a minha conta sem ter de passar por cinco ecrãs de confirmação? Só quero que os meus dados sejam apagados.
"""
P["req.deletion.formal"] = r"""
Solicito o apagamento de todos os dados pessoais que me dizem respeito, nos termos do artigo 17.º do RGPD.
Exerço o meu direito ao apagamento («direito a ser esquecido») previsto no artigo 17.º do RGPD, uma vez que os dados deixaram de ser necessários para a finalidade que motivou a sua recolha.
Solicito que apaguem os meus dados sem demora injustificada e mo confirmem por escrito, indicando os dados que eventualmente estejam legalmente obrigados a conservar.
Solicito a eliminação da minha conta de cliente {acc} e de todos os dados associados, bem como a comunicação do apagamento aos destinatários (artigo 19.º do RGPD).
Venho exigir que apaguem definitivamente todos os meus dados, incluindo junto dos vossos subcontratantes.
Requeiro, ao abrigo do artigo 17.º do RGPD, o encerramento definitivo da conta {acc} e a destruição de todos os dados pessoais a ela associados, incluindo documentos de identificação e registos de comunicações.
Exerço o direito ao apagamento consagrado no artigo 17.º do RGPD e solicito que me confirmem por escrito a data em que os meus dados pessoais foram eliminados dos vossos sistemas e das respetivas cópias de segurança.
Tendo cessado a relação contratual com a Taskbridge, solicito a eliminação integral dos meus dados pessoais, nos termos do artigo 17.º, n.º 1, alínea a), do RGPD.
Nos termos do art. 18, inciso VI, da LGPD, requeiro a eliminação dos dados pessoais tratados com base no meu consentimento, bem como o encerramento do meu cadastro.
Solicito que procedam à supressão definitiva do meu registo de utilizador e de toda a informação pessoal conexa, confirmando-me por escrito a conclusão da operação.
Encontrando-se a conta {acc} inativa há vários anos, requeiro a eliminação de todos os dados pessoais a ela associados, ao abrigo do artigo 17.º do RGPD.
Venho solicitar que a Taskbridge elimine, sem demora injustificada, as fotografias, avaliações e documentos que carreguei na plataforma, bem como quaisquer cópias mantidas por subcontratantes.
Solicito a exclusão integral do meu cadastro e dos dados pessoais a ele vinculados, nos termos do art. 16 e do art. 18, VI, da Lei Geral de Proteção de Dados; não sendo atendido o pedido, levarei o assunto à ANPD.
Requeiro que a minha conta seja encerrada e que os dados pessoais nela contidos sejam apagados de forma irreversível, não bastando a sua mera desativação ou pseudonimização.
"""
P["req.correction.plain"] = r"""
O meu apelido está mal escrito no perfil: é {last}, não {wrong_last}.
Ainda têm a minha morada antiga. Mudei-me, agora é {address}.
Podem corrigir a minha data de nascimento? Têm {wrong_dob} e a correta é {dob}.
O número de telefone que têm está errado. O certo é {phone}.
Nas faturas o meu nome aparece mal escrito («{wrong_name}»). Podem corrigir isso nos vossos registos?
têm o meu e-mail antigo {old_email}, o novo é {email}, alterem pf
Segundo os vossos dados ainda moro em {old_address}. Já não é assim há anos: ponham {address}, por favor.
Os dados que têm sobre mim não estão certos: a morada e a data de nascimento estão erradas.
Casei-me e mudei de apelido. Podem atualizar o meu perfil para {last}?
Oi, meu celular mudou, o número certo agora é {phone}. Vocês podem corrigir no cadastro?
a data de nascimento na minha conta ta mal, ponham {dob} pf
Reparei que o meu nome aparece como «{wrong_name}» no perfil. Não sei como isso aconteceu, mas agradecia que o corrigissem.
No meu perfil continua a constar o e-mail {old_email}, que já não uso. Podem substituí-lo por {email}?
Mudei de casa no mês passado, por isso a morada que consta dos vossos registos já não está certa. A nova é {address}.
Oi, meu sobrenome tá errado no cadastro, colocaram {wrong_last}. O certo é {last}.
Alguém trocou o dia e o mês da minha data de nascimento: aparece {wrong_dob}, mas nasci a {dob}.
Atualizem o meu telemóvel para {phone}, o antigo já não existe.
Escrevi mal o meu apelido quando criei a conta. Dá para alterar para {last}?
eu ja nao vivo em {old_address}!! a morada certa e {address}, corrijam isso de uma vez
Queria saber se conseguem trocar o e-mail da conta, que ainda é {old_email}, para {email}. Na área de cliente não me deixa.
O nome nos recibos sai como «{wrong_name}», com uma gralha no apelido. Emendem para {last}, se faz favor.
Os meus dados de contacto estão desatualizados. Telefone: {phone}. E-mail: {email}.
Vocês têm minha data de nascimento como {wrong_dob}, tá errado, é {dob}. Arrumem isso por favor.
Olhe, o endereço que está no meu perfil é de uma casa onde já não moro há muito tempo. O atual é {address}.
Mudei de apelido depois do divórcio e passei a ser {last}. Podem acertar isso na conta?
Correção rápida: {email} em vez de {old_email}.
"""
P["req.correction.formal"] = r"""
Nos termos do artigo 16.º do RGPD, solicito a retificação de dados inexatos: a minha data de nascimento consta como {wrong_dob}, sendo a correta {dob}.
Exerço o meu direito de retificação: a morada que consta da minha ficha de cliente ({old_address}) está errada; a correta é {address}.
Solicito que retifiquem sem demora o meu apelido (registado: {wrong_last}; correto: {last}) e mo confirmem.
Solicito a retificação dos meus dados, uma vez que o nome associado à conta não corresponde ao do meu Cartão de Cidadão ({name}).
Os meus contactos registados estão incorretos; solicito a sua retificação (e-mail: {email}; telefone: {phone}) e a comunicação aos eventuais destinatários.
Nos termos do artigo 16.º do RGPD, requeiro a retificação do número de telefone associado à minha conta, que se encontra incorreto, para {phone}.
Na sequência da alteração do meu estado civil, solicito, ao abrigo do direito de retificação, que o meu apelido passe a constar como {last} em todos os vossos registos, em substituição de {wrong_last}.
Venho requerer que completem e corrijam os meus dados pessoais, nos termos do artigo 16.º do RGPD: a data de nascimento correta é {dob} e a morada atual é {address}.
Nos termos do art. 18, inciso III, da LGPD, requeiro a correção dos meus dados incompletos, inexatos ou desatualizados, designadamente o endereço, que deverá passar a ser {address}.
Verifiquei que a data de nascimento registada na minha conta ({wrong_dob}) não corresponde à realidade. Solicito que a substituam por {dob} e me informem quando a alteração estiver concluída.
Ao abrigo do artigo 16.º do Regulamento Geral sobre a Proteção de Dados, solicito que o meu nome completo passe a figurar como {name} em todos os documentos emitidos pela Taskbridge.
Requeiro a atualização do endereço de correio eletrónico e do contacto telefónico associados ao meu perfil, que deverão ser, respetivamente, {email} e {phone}.
A morada {old_address}, que consta dos vossos registos, encontra-se desatualizada; solicito a sua substituição por {address}, podendo remeter comprovativo caso o considerem necessário.
Solicito a correção da grafia do meu apelido, registado como {wrong_last}, quando a forma correta é {last}, tal como consta do meu documento de identificação.
"""
P["req.portability.plain"] = r"""
Vou mudar para outra plataforma. Podem enviar-me os meus dados num formato que dê para importar lá, tipo CSV ou JSON?
Posso receber os meus projetos e o perfil num ficheiro legível por máquina? Quero levá-los comigo.
Exportem os meus dados num formato estruturado para os poder passar para outro serviço, por favor.
Podem transferir diretamente o meu histórico de encomendas e as avaliações para a {other_platform}? Eles aceitam importações.
Quero os meus dados em JSON para os carregar no meu novo fornecedor.
Vou para a {other_platform}. Enviem-lhes os meus dados ou mandem-mos num formato reutilizável.
Dá pra baixar todos os meus dados num arquivo CSV? Quero levar meu histórico pra outro site.
Existe alguma forma de descarregar o meu perfil, as encomendas e as avaliações num ficheiro JSON? Estou a pensar mudar de plataforma.
quero os meus dados num ficheiro que possa importar noutro sitio, csv ou json serve
Vou passar a trabalhar com a {other_platform}. Conseguem enviar-lhes diretamente o meu histórico, para não ter de começar do zero?
Não encontro na área de cliente nenhuma opção para exportar os meus dados num formato reutilizável. Podem enviar-mos vocês, em CSV?
Os meus dados, em formato estruturado, para levar para outro serviço. É possível?
Queria levar o meu histórico de trabalhos para a {other_platform}. Vocês conseguem gerar um ficheiro que eles consigam ler?
me manda meus dados em planilha ou json, vou migrar pra outra plataforma
Existe algum botão para exportar tudo? Preciso dos meus projetos e avaliações num formato que outro site aceite importar.
Estou a mudar de serviço e não quero perder as minhas avaliações. Passem-nas para a {other_platform}, se der.
Os meus dados num .csv, por favor. Vou-me embora para a concorrência.
É possível enviarem o meu portefólio e o histórico de trabalhos diretamente para a minha nova conta na {other_platform}?
Preciso de um arquivo exportável com todas as informações da minha conta, pra subir no sistema novo que a gente contratou.
Não quero começar do zero noutro lado. Deem-me os dados da minha conta num formato estruturado que possa reaproveitar.
Já tentei exportar pela área de cliente e só sai um PDF, que não serve de nada. Preciso de JSON para importar noutro serviço.
A {other_platform} pediu-me um ficheiro com o meu histórico na Taskbridge. Podem gerá-lo num formato compatível?
Podem juntar tudo o que forneci à plataforma, perfil, mensagens e encomendas, num ficheiro legível por computador? É para transferir para outro lado.
Transfiram o meu perfil para a {other_platform}, sff. Eles já estão à espera dos dados.
"""
P["req.portability.formal"] = r"""
Nos termos do artigo 20.º do RGPD, solicito receber os dados pessoais que vos forneci num formato estruturado, de uso corrente e de leitura automática.
Exerço o meu direito de portabilidade e solicito que transmitam diretamente os meus dados à {other_platform}, sempre que tecnicamente possível.
Solicito que me facultem os dados que forneci à Taskbridge (perfil, encomendas, mensagens, avaliações) num formato legível por máquina, como JSON ou CSV.
No exercício do direito de portabilidade, solicito uma exportação dos dados da minha conta num formato interoperável.
Ao abrigo do artigo 20.º, n.º 1, do RGPD, requeiro que me sejam entregues, em ficheiro CSV ou JSON, todos os dados pessoais que forneci no âmbito da minha conta.
Nos termos do artigo 20.º, n.º 2, do RGPD, solicito a transmissão direta dos meus dados pessoais para a {other_platform}, num formato estruturado e de leitura automática.
Requeiro o exercício do direito de portabilidade relativamente aos dados que disponibilizei à Taskbridge e aos gerados pela minha atividade na plataforma, a entregar em formato interoperável.
Nos termos do art. 18, inciso V, da LGPD, requeiro a portabilidade dos meus dados pessoais para a {other_platform}, mediante requisição expressa, observados os segredos comercial e industrial.
Solicito que me seja disponibilizado um ficheiro exportável, em formato aberto e legível por máquina, com os dados que forneci à Taskbridge no âmbito da minha conta.
Ao abrigo do direito à portabilidade consagrado no Regulamento (UE) 2016/679, requeiro a transmissão dos meus dados de perfil e do histórico de encomendas ao responsável pelo tratamento por mim indicado, a {other_platform}.
Venho requerer que os dados pessoais que disponibilizei, assim como os resultantes da minha utilização da plataforma, me sejam entregues num formato que permita a sua reutilização por outro prestador de serviços.
Requeiro, nos termos do artigo 20.º do RGPD, a exportação dos meus dados em formato estruturado, acompanhada da documentação necessária à interpretação dos respetivos campos.
Solicito que os meus dados sejam transmitidos diretamente à {other_platform}; caso tal não seja tecnicamente viável, peço que mos enviem em CSV para que os possa transferir pelos meus próprios meios.
"""
P["req.restriction.plain"] = r"""
Não façam nada com os meus dados até se resolver a questão da fatura: congelem-nos e pronto.
Contesto os dados da minha conta. Entretanto não os usem, mas também não os apaguem ainda.
Podem bloquear os meus dados por agora? Não quero que sejam tratados enquanto decorre a reclamação contra o prestador.
Não apaguem nada, preciso disso para um processo, mas deixem de os usar para outra coisa.
Até se esclarecer o caso da encomenda {order}, os meus dados devem ser só guardados, não usados.
Suspendam qualquer tratamento dos meus dados enquanto verifico se o que têm está correto.
Já vos disse que alguns dos meus dados estão errados. Enquanto verificam isso, peço que deixem de os tratar, mas guardem-nos.
Oi, tenho uma disputa aberta com um prestador. Até isso se resolver, vocês podem congelar meus dados? Não quero que apaguem nem que usem.
preciso que guardem os meus dados pq vou avançar com uma ação em tribunal, mas nao os usem entretanto
Congelem os meus dados, por favor. Só guardar, mais nada.
É possível deixar os meus dados em suspenso? Ou seja, ficam guardados, mas ninguém lhes mexe até se decidir a reclamação da encomenda {order}.
Estou a contestar a exatidão dos dados associados às minhas avaliações. Até chegarem a uma conclusão, gostaria que esses dados ficassem bloqueados e não fossem utilizados.
Enquanto a reclamação da encomenda {order} estiver aberta, não mexam nos meus dados. Mas também não os apaguem!
Pus em causa a exatidão das informações do meu perfil. Até verificarem, não as utilizem.
oi, vcs podem travar o uso dos meus dados enquanto meu advogado analisa o caso? nao apaguem nada, vou precisar
Deixem os meus dados quietos por agora: guardados, sem uso, até eu decidir o que fazer.
Queria saber se é possível suspender o tratamento dos meus dados sem fechar a conta, enquanto resolvo um problema com um prestador.
Vou precisar dos registos da encomenda {order} como prova num processo, por isso peço que os conservem mas que não os usem para mais nada.
Pausem o uso das minhas informações. Não é para apagar, é só para ficarem paradas.
O meu histórico de pagamentos tem erros e já o contestei. Entretanto não façam nada com esses dados além de os guardar.
Mantenham os meus dados, mas congelados, até o tribunal decidir.
A gente tá em disputa sobre a encomenda {order} e eu não quero que meus dados sejam usados pra nada até isso acabar. Só armazenem.
Bloqueiem o uso dos meus dados, mas não os destruam: o meu advogado vai precisar deles.
Só guardar, não usar, até a questão da encomenda {order} ficar resolvida.
"""
P["req.restriction.formal"] = r"""
Solicito a limitação do tratamento dos meus dados pessoais nos termos do artigo 18.º, n.º 1, alínea a), do RGPD, durante o período necessário para verificarem a sua exatidão.
Até à resolução do litígio relativo à encomenda {order}, solicito que limitem o tratamento dos meus dados à mera conservação (artigo 18.º do RGPD).
Oponho-me ao apagamento dos meus dados, de que preciso para a declaração de um direito num processo judicial, e solicito em alternativa a limitação do seu tratamento.
Solicito que limitem o tratamento dos meus dados até ser decidida a minha oposição.
Solicito que bloqueiem os meus dados e se abstenham de qualquer tratamento que não a conservação até à conclusão do processo.
Nos termos do artigo 18.º, n.º 1, alínea c), do RGPD, solicito que conservem os meus dados pessoais, de que necessito para a declaração, exercício ou defesa de um direito num processo judicial, e que limitem o seu tratamento a essa finalidade.
Tendo contestado a exatidão dos dados que constam do meu perfil, requeiro que, até concluírem essa verificação, os mesmos sejam apenas conservados e não sejam objeto de qualquer outra operação de tratamento, nos termos do artigo 18.º do RGPD.
Requeiro que os meus dados pessoais sejam assinalados como limitados nos vossos sistemas e que me informem antes de essa limitação ser levantada, conforme previsto no artigo 18.º, n.º 3, do RGPD.
Nos termos do art. 18, inciso IV, da LGPD, requeiro o bloqueio dos meus dados pessoais, que deverão ser apenas armazenados até à conclusão do procedimento em curso relativo à encomenda {order}.
Solicito que, durante o período de verificação da exatidão dos dados por mim contestados, o respetivo tratamento fique limitado à conservação.
Uma vez que os meus dados pessoais são necessários para instaurar uma ação judicial contra um prestador da plataforma, solicito que não sejam apagados, mas que o seu tratamento seja restringido à conservação.
Venho requerer a limitação do tratamento, ao abrigo do artigo 18.º, n.º 1, alínea b), do RGPD: considero o tratamento ilícito, mas prefiro que os dados sejam conservados em vez de apagados.
Requeiro que assinalem os meus dados pessoais como bloqueados nos vossos sistemas, permitindo apenas a sua conservação, até ao encerramento do diferendo sobre a encomenda {order}.
Solicito que suspendam qualquer operação de tratamento dos meus dados, com exceção do armazenamento, até estar concluída a auditoria interna ao meu perfil de prestador.
"""
P["req.objection.plain"] = r"""
Não quero que o meu perfil seja usado para o vosso emparelhamento com IA nem para qualquer definição de perfis. Parem, por favor.
Não concordo que analisem as minhas mensagens com IA «para melhorar o serviço». Deixem de o fazer.
Não usem o meu histórico de encomendas para me traçar um perfil. Não quero isso.
Na vossa política de privacidade diz que usam os meus dados por «interesse legítimo» para estatísticas. Oponho-me.
Deixem de usar os ficheiros dos meus projetos para treinar os vossos modelos de IA, por favor.
Não quero ser avaliad[[o||a]] nem classificad[[o||a]] com base no meu comportamento no site.
Não quero que a vossa IA leia as minhas mensagens com os prestadores. Oponho-me a isso.
Oi, vi que vocês usam os arquivos dos clientes pra treinar inteligência artificial. Não concordo, parem de usar os meus pra isso.
porque e que me dao uma pontuacao de cliente? nao quero ser classificad[[o||a]] por nenhum algoritmo
Não aceito que o meu histórico de pedidos sirva para me colocarem numa categoria de risco. Deixem de fazer essa análise.
O vosso «interesse legítimo» não justifica analisarem tudo o que faço na plataforma. Quero que parem de tratar os meus dados com esse fundamento.
Sem perfis automáticos sobre mim, por favor.
Não autorizo que usem as minhas conversas para alimentar a vossa inteligência artificial. Parem com isso.
Porque é que o meu perfil é analisado por um algoritmo que decide onde apareço nos resultados? Não quero isso, deixem de o fazer.
oi, nao quero que vcs façam perfil comportamental meu. me tirem disso
Oponho-me ao tratamento dos meus dados com base no vosso interesse legítimo, ponto final.
Excluam-me do sistema de pontuação de clientes. Não quero nota nenhuma atribuída por uma máquina.
Li que a Taskbridge analisa o comportamento dos utilizadores para prever o risco de fraude. Comigo não, obrigad[[o||a]], não concordo.
Os meus desenhos não são material de treino para IA. Não os usem.
Queria saber se posso ficar de fora da análise automática que fazem aos pedidos. Se puder, é isso que quero.
Vocês usam meus dados pra montar estatística e perfil de consumo sem me perguntar. Não aceito, parem.
Sou prestador[[||a]] e não quero que a plataforma me classifique automaticamente com base no tempo de resposta e noutros indicadores.
Nada de IA a ler os meus ficheiros.
Já tinha dito ao apoio que não quero o meu histórico usado em análises de comportamento e continuo a ver sugestões de prestadores baseadas nisso. Oponho-me a esse tratamento, de uma vez.
"""
P["req.objection.formal"] = r"""
Oponho-me, nos termos do artigo 21.º do RGPD, ao tratamento dos meus dados pessoais com fundamento no vosso interesse legítimo, incluindo a definição de perfis.
Por motivos relacionados com a minha situação particular, oponho-me ao tratamento dos meus dados para efeitos de treino ou avaliação de modelos de inteligência artificial.
Oponho-me à análise automatizada e à definição de perfis com os meus dados de utilização descritas na vossa política de privacidade e solicito que cessem.
Exerço o direito de oposição a qualquer tratamento dos meus dados fundado no artigo 6.º, n.º 1, alínea f), do RGPD.
Oponho-me à utilização das minhas mensagens e ficheiros no desenvolvimento das vossas funcionalidades de IA.
Ao abrigo do artigo 21.º, n.º 1, do RGPD, oponho-me à atribuição de pontuações e classificações ao meu perfil de cliente com base nos meus dados de utilização.
Deduzo oposição, nos termos do artigo 21.º do RGPD, à utilização do conteúdo das minhas mensagens e dos ficheiros que carreguei para o treino de sistemas de inteligência artificial, e solicito que demonstrem razões imperiosas e legítimas caso pretendam prosseguir.
Venho opor-me, ao abrigo do artigo 21.º do RGPD, à ordenação automática do meu perfil nos resultados de pesquisa com base em métricas de comportamento, tratamento que assenta no vosso interesse legítimo.
Manifesto a minha oposição, com fundamento no artigo 21.º, n.º 1, do RGPD, à definição de perfis realizada a partir do meu histórico de navegação na plataforma.
Nos termos do art. 18, § 2.º, da LGPD, oponho-me ao tratamento dos meus dados pessoais realizado com fundamento em hipótese de dispensa de consentimento, designadamente para fins de análise comportamental.
Solicito que cessem a utilização dos meus dados na avaliação automatizada da fiabilidade dos clientes, tratamento ao qual me oponho por razões ligadas à minha situação particular.
Oponho-me a que os conteúdos por mim produzidos na plataforma sejam incorporados em conjuntos de dados destinados ao desenvolvimento de modelos de inteligência artificial.
Venho, nos termos do artigo 21.º do RGPD, contestar o interesse legítimo invocado para a análise estatística da minha atividade, requerendo a cessação imediata desse tratamento.
Recuso ser objeto de decisões baseadas exclusivamente em tratamento automatizado e oponho-me à classificação algorítmica do meu perfil de prestador, nos termos dos artigos 21.º e 22.º do RGPD.
"""
P["req.opt_out.plain"] = r"""
Por favor, deixem de me enviar e-mails publicitários.
Cancelem a minha subscrição de todas as newsletters.
Tirem-me da vossa lista de correio; continuo a receber promoções apesar de ter cancelado a subscrição.
Chega de SMS com promoções, nunca os pedi.
Não quero publicidade personalizada: deixem de partilhar os meus dados com os vossos parceiros de publicidade.
Nem e-mails promocionais nem chamadas comerciais, obrigad[[o||a]].
Podem tirar-me da newsletter «Prestadores recomendados»? E dos e-mails de descontos também.
Retirem {email} de todas as vossas listas de marketing.
cancelar newsletter pf
Oi, parem de me mandar SMS de promoção, por favor. Não aguento mais.
Já carreguei três vezes no link para cancelar a subscrição e continuo a receber as vossas newsletters. O que é preciso fazer?
nao quero receber mais emails de marketing
Ontem à noite recebi uma chamada comercial da vossa parte. Não quero voltar a ser contactad[[o||a]] para fins comerciais.
Retiro o consentimento que dei para receber ofertas e novidades. Removam-me dessas listas.
Não quero anúncios personalizados da Taskbridge nas redes sociais; desativem isso para mim, por favor.
Parem de me ligar a oferecer planos premium. Não quero mais chamadas.
Como é que saio da lista de e-mails promocionais? O link do rodapé não faz nada.
Não me mandem mais mensagens de WhatsApp com promoções, por favor.
Desinscrevam o {email} da newsletter semanal, já não me interessa.
oi, quero parar de receber propaganda de vcs por email e sms
Não vendam nem partilhem os meus dados com anunciantes. Quero ficar fora disso.
Todas as semanas é o mesmo: e-mails com «ofertas exclusivas» que nunca pedi. Acabem com isso, estou saturad[[o||a]]!
Queria saber se dá para continuar a receber as notificações das encomendas mas deixar de receber marketing.
Chega de spam da Taskbridge. Tirem-me da lista.
Não autorizo o uso do meu contacto para campanhas comerciais, seja por telefone, e-mail ou mensagem.
As vossas promoções chegam-me em dois endereços, um deles o {email}. Tirem ambos das listas de marketing.
Desativem as notificações push de promoções na app; só quero as que dizem respeito às minhas encomendas.
"""
P["req.opt_out.formal"] = r"""
Retiro o meu consentimento para receber comunicações comerciais por e-mail, SMS ou telefone.
Solicito que cessem todo o marketing direto dirigido a mim e retirem os meus contactos das vossas listas.
Solicito que retirem o meu endereço {email} de todas as newsletters e campanhas promocionais com efeito imediato.
Peço que deixem de utilizar os meus contactos para fins promocionais e me confirmem a alteração.
Solicito que deixem de utilizar os meus dados pessoais para fins de marketing direto, nos termos do artigo 21.º, n.º 3, do RGPD, e que os retirem de todas as listas de envio.
Retiro, nos termos do artigo 7.º, n.º 3, do RGPD, o consentimento prestado para o envio de newsletters e ofertas comerciais, e solicito que o endereço {email} deixe de ser utilizado para esse fim.
Solicito que não utilizem os meus dados para publicidade direcionada nem os partilhem com redes de anúncios, e que cessem o envio de SMS promocionais, ao abrigo da Lei n.º 41/2004 e do RGPD.
Nos termos do artigo 7.º, n.º 3, do RGPD, revogo o consentimento prestado para a receção de comunicações de marketing por qualquer canal.
Solicito que o meu número de telefone seja excluído de quaisquer campanhas de telemarketing promovidas pela Taskbridge ou por parceiros em seu nome.
Oponho-me, nos termos do artigo 21.º, n.º 2, do RGPD, a que os meus dados sejam tratados para efeitos de comercialização direta, pelo que solicito que deixem de me enviar qualquer comunicação promocional.
Com fundamento na LGPD, solicito que deixem de utilizar o meu endereço {email} para o envio de ofertas, boletins informativos e promoções, e que não compartilhem meus dados com parceiros para fins publicitários.
Venho requerer que os meus dados não sejam vendidos, cedidos ou partilhados com terceiros para fins de publicidade.
Solicito a remoção imediata dos meus contactos de todas as bases de dados utilizadas para marketing direto, bem como a confirmação escrita de que cessaram os contactos comerciais.
"""
P["req.other_privacy.plain"] = r"""
A quem passaram os meus dados? Desde que me registei recebo spam.
Recebi um e-mail sobre uma violação de dados. Os meus dados foram afetados?
Onde guardam os meus dados? Estão fora da UE?
Usam os meus dados para treinar a vossa IA? Como funciona isso?
Retiro o meu consentimento, seja o que for que aceitei quando me registei.
Quem é o vosso encarregado de proteção de dados e como o posso contactar?
Durante quanto tempo guardam os meus dados se deixar de usar a plataforma?
Um prestador ligou-me para o telemóvel pessoal. Como é que obteve o meu número?
Quero apresentar uma reclamação ao vosso EPD sobre a forma como os meus dados foram tratados.
Oi, vocês vendem ou repassam meus dados pra outras empresas? Queria saber pra quem.
Os vossos servidores ficam onde? Preocupa-me que os meus dados estejam nos Estados Unidos.
ouvi dizer que houve uma fuga de dados na taskbridge. a minha informacao esta em risco?
Quanto tempo é que ficam com os meus documentos de identificação depois da verificação da conta?
Gostaria de falar com a pessoa responsável pela proteção de dados na vossa empresa. Têm um contacto direto?
A partir de agora é a minha contabilista que trata das questões de privacidade da minha conta. Podem falar diretamente com ela sobre isso?
Quero saber se a Taskbridge cedeu os meus contactos a algum parceiro. Uma agência ligou-me a dizer que tinha o meu número através de vocês.
Vi uma notícia sobre vazamento de dados em plataformas de freelancers. A Taskbridge foi atingida? Meus dados estão seguros?
Os meus dados ficam armazenados em Portugal ou são enviados para outro país?
Depois de fechar a conta, quanto tempo demoram as minhas informações a desaparecer dos vossos arquivos?
Quero retirar todas as autorizações que dei no registo. Como faço isso?
Quem é o DPO da Taskbridge? Preciso de um e-mail de contacto.
Não gostei nada da forma como um funcionário vosso lidou com os meus dados pessoais e quero apresentar queixa formal. A quem me dirijo?
vcs mandam meus dados pra servidores nos EUA? quero saber onde ficam
Alguém entrou na minha conta sem autorização na semana passada. Os meus dados pessoais ficaram expostos? O que vão fazer em relação a isso?
Os prestadores conseguem ver a minha morada e o meu telefone? Quem mais tem acesso a essa informação?
Queria saber se a Taskbridge usa subcontratantes fora da Europa para guardar dados de clientes.
Que regras seguem para eliminar dados antigos? Ou seja, durante quanto tempo ficam guardadas as conversas dos projetos?
"""
P["req.other_privacy.formal"] = r"""
Solicito que me indiquem todos os terceiros e subcontratantes a quem os meus dados foram comunicados desde {year}.
Retiro todos os consentimentos prestados à Taskbridge, com efeitos para o futuro (artigo 7.º, n.º 3, do RGPD).
Pretendo apresentar reclamação junto do vosso Encarregado de Proteção de Dados pela comunicação dos meus contactos a um prestador sem o meu consentimento.
Solicito que me informem se os meus dados foram afetados pelo incidente de segurança tornado público recentemente e que medidas adotaram.
Solicito que me informem se os meus dados são transferidos para fora do EEE e, em caso afirmativo, em que garantias do artigo 46.º do RGPD se baseiam.
Informo que designei {rep} como meu representante em todas as questões relativas à proteção dos meus dados.
Solicito que me informem durante quanto tempo conservam os dados pessoais dos clientes após o encerramento da conta ou, não sendo possível, quais os critérios usados para fixar esse prazo (artigo 13.º, n.º 2, alínea a), do RGPD).
Requeiro que me indiquem a identidade e os contactos do Encarregado de Proteção de Dados da Taskbridge, nos termos do artigo 37.º, n.º 7, do RGPD, a fim de lhe apresentar uma reclamação.
Solicito esclarecimentos sobre a eventual notificação à CNPD, prevista no artigo 33.º do RGPD, do incidente que afetou contas de clientes em {year}, e sobre se os meus dados estiveram envolvidos.
Nos termos do art. 18, inciso VII, da LGPD, solicito informação sobre as entidades públicas e privadas com as quais a Taskbridge realizou uso compartilhado dos meus dados; na falta de resposta, peticionarei junto da ANPD.
Solicito que me indiquem o prazo de conservação aplicado às mensagens trocadas na plataforma e aos documentos de verificação de identidade.
Apresento reclamação quanto ao tratamento dado aos meus dados pessoais e informo que, na ausência de resposta satisfatória, a submeterei à Comissão Nacional de Proteção de Dados, nos termos do artigo 77.º do RGPD.
Requeiro que me informem se a Taskbridge, ou algum dos seus subcontratantes, sofreu em {year} alguma violação de dados pessoais suscetível de afetar a minha conta.
Revogo, nos termos do art. 8.º, § 5.º, da LGPD, todos os consentimentos anteriormente fornecidos à Taskbridge.
Solicito que me sejam comunicados o nome e o contacto do encarregado de proteção de dados, bem como os países terceiros para onde os meus dados são eventualmente transferidos.
"""
P["combo.access+deletion"] = r"""
Primeiro enviem-me uma cópia de tudo o que têm sobre mim e depois apaguem tudo.
Quero ver o que guardaram sobre mim e depois que apaguem tudo.
Solicito o acesso aos meus dados (art. 15.º RGPD) e, em seguida, o seu apagamento (art. 17.º RGPD).
Antes de fecharem a minha conta de vez e apagarem os meus dados, quero receber uma cópia de toda a informação pessoal que guardaram.
oi, quero ver quais dados vcs tem de mim e em seguida que excluam tudo, inclusive o cadastro.
"""
P["combo.deletion+opt_out"] = r"""
Tirem-me das listas de correio e, já agora, eliminem a minha conta.
Nada de newsletters, e apaguem a minha conta e os meus dados por completo.
Cessem toda a publicidade dirigida a mim e apaguem os meus dados dos vossos sistemas.
Deixem de me mandar promoções e, de caminho, eliminem o meu perfil com todos os dados.
Requeiro a cessação do envio de comunicações comerciais e o apagamento integral dos meus dados pessoais (art. 17.º do RGPD).
"""
P["combo.correction+opt_out"] = r"""
Corrijam o meu apelido ({last}, não {wrong_last}) e deixem de me enviar publicidade, por favor.
A minha nova morada é {address}: atualizem-na, mas sem me enviarem publicidade para lá.
O meu e-mail agora é {email}; atualizem-no, mas não o inscrevam em nenhuma newsletter.
Vocês escreveram meu sobrenome como {wrong_last}, o certo é {last}. E parem de me mandar propaganda por email, por favor.
Solicito a retificação da minha morada para {address} e a remoção dos meus contactos das vossas listas de marketing direto.
"""
P["combo.deletion+portability"] = r"""
Enviem-me os meus dados em JSON para poder mudar para a {other_platform} e depois apaguem a conta.
Exportem a minha conta num formato legível por máquina e depois apaguem todos os meus dados.
Vou para a {other_platform}: primeiro os meus dados em CSV, depois apaguem o perfil.
Preciso dos meus dados num ficheiro que a {other_platform} consiga importar; assim que o receber, podem apagar a conta.
Requeiro a entrega dos meus dados pessoais em formato estruturado e de leitura automática e, subsequentemente, a eliminação da minha conta e de toda a informação associada.
"""
P["combo.correction+restriction"] = r"""
A minha data de nascimento está errada nos vossos registos; até a corrigirem, não usem os meus dados para nada.
Corrijam a minha morada e suspendam o tratamento dos meus dados entretanto.
O nome da minha conta está errado. Limitem o uso dos meus dados até ser retificado.
A data de nascimento e o NIF que constam do meu perfil estão incorretos. Peço que os retifiquem e que, até lá, os meus dados fiquem congelados.
Requeiro a retificação dos dados inexatos constantes do meu perfil e, durante o período necessário à verificação, a limitação do respetivo tratamento (artigos 16.º e 18.º do RGPD).
"""
P["combo.objection+restriction"] = r"""
Oponho-me à definição de perfis e quero que o tratamento dos meus dados fique suspenso enquanto analisam a minha oposição.
Parem a análise da minha conta com IA e, até decidirem sobre a minha oposição, não tratem os meus dados.
Oponho-me ao uso dos meus dados para estatísticas e solicito, entretanto, a limitação do tratamento.
Não aceito a pontuação automática que me atribuem e, enquanto analisam isto, congelem o uso dos meus dados.
Nos termos dos artigos 21.º e 18.º, n.º 1, alínea d), do RGPD, oponho-me ao tratamento fundado em interesse legítimo e solicito a limitação do tratamento até se verificar se os vossos motivos prevalecem.
"""
P["combo.access+other_privacy"] = r"""
Digam-me o que têm sobre mim e a quem o passaram.
Enviem-me uma cópia dos meus dados e a lista das empresas que os receberam.
Quero saber que dados têm, onde os guardam e se saíram da UE.
Mandem-me uma cópia dos meus dados e digam-me quem é o vosso encarregado de proteção de dados.
Solicito acesso aos meus dados pessoais e informação sobre se os mesmos foram afetados por alguma violação de segurança nos últimos dois anos.
"""
P["combo.objection+opt_out"] = r"""
Nada de newsletters e deixem de usar os meus dados no vosso algoritmo de recomendações.
Chega de e-mails publicitários e de me traçarem o perfil para sugestões «personalizadas».
Quero sair do vosso marketing e da vossa definição de perfis com IA.
Não quero SMS promocionais e também não quero que a vossa IA analise o meu comportamento na plataforma.
Oponho-me à definição de perfis com base no interesse legítimo e retiro o consentimento para o envio de newsletters.
"""
P["agent_req.access"] = r"""
Solicitamos que nos facultem todos os dados pessoais relativos a {client}, bem como uma cópia dos mesmos (artigo 15.º do RGPD).
Pedimos que confirmem se tratam dados de {client_first} e, em caso afirmativo, que facultem o acesso.
Enviem-nos cópia de tudo o que a Taskbridge tem sobre {client}, incluindo mensagens e notas internas.
Requeremos, em nome de {client}, cópia integral dos dados pessoais que a Taskbridge conserva a seu respeito.
{client_first} pretende saber que informação pessoal consta do seu perfil e das suas encomendas; agradecemos que nos enviem essa informação.
Nos termos do art. 18, II, da LGPD, solicitamos acesso aos dados de {client_first} tratados pela plataforma.
"""
P["agent_req.deletion"] = r"""
Solicitamos que eliminem a conta de {client} e todos os dados associados.
Solicitamos o apagamento sem demora de todos os dados de {client_first} (artigo 17.º do RGPD).
Eliminem definitivamente o seu perfil, as mensagens e os documentos carregados.
Encerrem a conta de {client_first} e confirmem-nos por escrito o apagamento integral.
{client_first} deseja que a sua conta deixe de existir; pedimos a eliminação de todos os dados que lhe digam respeito.
Em representação de {client}, requeremos o apagamento do perfil, das fotografias e do histórico de mensagens.
Solicitamos que removam dos vossos sistemas, incluindo das cópias de segurança, toda a informação pessoal de {client_first}.
"""
P["agent_req.correction"] = r"""
A data de nascimento de {client_first} nos vossos registos está errada; a correta é {client_dob}. Solicitamos a retificação.
Retifiquem a morada de {client}: {client_address}.
O apelido de {client_first} está mal escrito; corrijam para {client_last}.
O nome de família de {client_first} é {client_last}; a grafia que consta da conta está errada e deve ser corrigida.
Solicitamos que atualizem a morada de {client_first} para {client_address}, uma vez que a registada já não é válida.
Pedimos a retificação dos dados de {client}: a conta indica uma idade que não corresponde à realidade, pois nasceu a {client_dob}.
"""
P["agent_req.portability"] = r"""
Facultem os dados de {client_first} num formato estruturado e legível por máquina, para transferência para outro serviço.
Solicitamos a transmissão direta dos dados de {client} à {other_platform} num formato de uso corrente.
Exportem os dados fornecidos por {client_first} (perfil, encomendas, avaliações) em JSON ou CSV.
Pedimos um ficheiro JSON com os dados que {client_first} introduziu na plataforma, para que possa retomar a atividade noutro serviço.
Em nome de {client}, requeremos a exportação, em formato estruturado e reutilizável, do perfil e das avaliações recebidas.
{client_first} pretende levar o seu histórico para a {other_platform}. Agradecemos que o enviem em CSV ou diretamente àquela plataforma.
"""
P["agent_req.restriction"] = r"""
Até à resolução do litígio sobre a encomenda {order}, solicitamos a limitação do tratamento dos dados de {client}.
{client_first} contesta a exatidão dos dados; limitem o tratamento até à sua verificação.
Não apaguem os dados de {client_first}, necessários para um processo judicial, mas cessem qualquer outro tratamento.
Enquanto decorre a ação judicial relativa à encomenda {order}, os dados de {client} devem ser conservados, mas não utilizados para qualquer outro fim.
Pedimos que congelem o tratamento dos dados de {client_first}, sem os eliminar, até à conclusão da verificação que solicitou.
Requeremos, em representação de {client}, o bloqueio dos seus dados pessoais, que deverão permanecer apenas armazenados.
"""
P["agent_req.objection"] = r"""
{client_first} opõe-se à definição de perfis com base na sua conta e à análise dos seus dados com inteligência artificial.
Em nome de {client_first}, deduzimos oposição a qualquer tratamento dos seus dados fundado no interesse legítimo.
Deixem de usar os dados de {client} para pontuações, classificações ou treino de modelos de IA.
{client_first} recusa que as suas mensagens e ficheiros sirvam para treinar modelos de inteligência artificial.
Opomo-nos, em nome de {client}, à classificação automática do seu perfil e à análise do seu comportamento na plataforma.
Requeremos a cessação de qualquer tratamento dos dados de {client_first} baseado em interesse legítimo, ao qual se opõe nos termos do artigo 21.º do RGPD.
"""
P["agent_req.opt_out"] = r"""
Solicitamos que cessem todas as comunicações promocionais dirigidas a {client}.
Retirem {client_email} de todas as listas de marketing com efeito imediato.
{client_first} não deseja receber mais e-mails nem SMS promocionais.
Pedimos que deixem de telefonar a {client_first} com propostas comerciais.
O endereço {client_email} não deve continuar a receber newsletters nem ofertas; removam-no das listas de envio.
Em nome de {client}, retiramos o consentimento para marketing e solicitamos que os seus dados não sejam partilhados com anunciantes.
"""
P["agent_req.other_privacy"] = r"""
Indiquem-nos a que terceiros foram comunicados os dados de {client}.
Gostaríamos de saber se os dados de {client_first} foram afetados pelo recente incidente de segurança.
{client_first} retira todos os consentimentos prestados à Taskbridge.
Dirijam doravante toda a correspondência relativa aos dados de {client} a este escritório.
Solicitamos que nos informem durante quanto tempo tencionam conservar os dados de {client}.
Pedimos a identificação e o contacto do vosso encarregado de proteção de dados, a quem pretendemos dirigir uma reclamação em nome de {client_first}.
Indiquem-nos, por favor, se os dados de {client_first} são armazenados ou transferidos para fora da União Europeia.
"""

P["task.writing"] = r"""
Precisamos de um artigo para o blogue com cerca de 1200 palavras sobre integração de novos colaboradores em teletrabalho, otimizado para SEO, {deadline}.
Alguém podia escrever 40 descrições de produto para a nossa loja online? Tom leve e curto.
Procuro um redator para reescrever a página «Quem somos» do nosso site.
Podem rever a minha tese de mestrado (cerca de 80 páginas)? Ortografia e estilo.
Precisamos de um comunicado de imprensa sobre a abertura do nosso novo escritório em {city}.
Preciso de uma carta de apresentação e de um CV melhorado para uma vaga de gestor de projeto.
Procuramos alguém para escrever o guião de um vídeo explicativo de 90 segundos sobre a nossa app.
Podiam escrever um discurso para o casamento da minha irmã? Cinco minutos, divertido mas sem exageros.
Precisamos de textos para cinco páginas do site do nosso alojamento local em {city}, num tom acolhedor.
Procuro alguém que escreva uma sequência de quatro e-mails de boas-vindas para os novos clientes da nossa loja de café, {deadline}.
Podiam transformar as minhas notas soltas num artigo de opinião de 800 palavras sobre mobilidade urbana?
Precisamos de um texto institucional para a brochura da nossa escola de línguas em {city}.
Podem escrever três artigos curtos sobre manutenção de bicicletas para o nosso blogue, {deadline}?
Procuro alguém que reveja o português de um romance de 200 páginas antes de o enviar às editoras.
"""
P["task.translation"] = r"""
Por favor, traduzam o nosso manual do utilizador de 12 páginas para {lang2}, {deadline}.
Preciso de uma tradução certificada da minha certidão de nascimento para {lang2}, para um visto.
Podem traduzir o contrato em anexo (cerca de 3500 palavras) para {lang2}? A terminologia jurídica é importante.
Queremos localizar o nosso site (umas 20 páginas) para {lang2}, incluindo o checkout.
Legendem em {lang2} o nosso vídeo de produto de 8 minutos, por favor.
Trabalho rápido: traduzir para {lang2} um e-mail de 300 palavras para um fornecedor.
Procuramos um nativo que reveja a tradução automática da nossa app para {lang2}.
Precisamos de traduzir para {lang2} o catálogo de vinhos da nossa quinta, cerca de 40 fichas técnicas.
Podem assegurar a interpretação à distância, em {lang2}, de uma reunião de duas horas com um fornecedor?
Preciso da revisão de uma tradução para {lang2} de um artigo científico sobre biologia marinha, {deadline}.
Tenho de traduzir para {lang2} as instruções de montagem de um móvel, com cerca de 1500 palavras.
Procuramos um tradutor fixo para o nosso boletim trimestral em {lang2}, com continuidade ao longo do ano.
Traduzam o menu do nosso restaurante para {lang2}, {deadline}, por favor.
"""
P["task.design"] = r"""
Precisamos de um logótipo novo para a nossa padaria, algo acolhedor e desenhado à mão; três propostas para começar.
Criem um folheto A5 para os nossos saldos de verão, em PDF pronto para impressão.
Podem fazer a maquete em Figma de uma landing page para o nosso novo produto?
Preciso de cartões de visita para dois colaboradores, frente e verso, {deadline}.
Procuramos um designer para 10 modelos de publicações para redes sociais com as cores da marca.
Redesenhem a capa do meu e-book, a atual parece antiquada.
Precisamos de cerca de 25 ícones de linha para a nossa app.
Queremos rótulos novos para a nossa linha de compotas: seis sabores, o mesmo estilo, cores diferentes.
Precisamos de uma apresentação em PowerPoint com ar profissional para uma ronda de investimento, {deadline}.
Alguém pode ilustrar um livro infantil de 24 páginas? O texto já está pronto.
Precisamos de uma mascote para a nossa marca de snacks saudáveis, em estilo cartoon.
Façam a paginação de um relatório anual de 30 páginas com gráficos e fotografias.
Queria um convite digital para o batizado do meu filho, {deadline}.
"""
P["task.software"] = r"""
O nosso site em WordPress está muito lento no telemóvel; alguém pode analisá-lo e resolver o principal?
Precisamos de um pequeno script em Python que junte as exportações semanais em CSV num único ficheiro Excel.
Corrijam o erro no checkout da Shopify: o código de desconto não é aplicado.
Procuramos um programador para um formulário de reservas simples com e-mail de confirmação.
Podem migrar a nossa base de dados de MySQL 5.7 para 8.0 sem interrupções?
Precisamos de uma integração por API entre o nosso CRM e o programa de faturação.
A app de iOS fecha ao arrancar desde a última atualização; é preciso ver os logs.
Queremos um plugin para o WooCommerce que calcule os portes de envio conforme o código postal.
Precisamos de testes automáticos para a nossa API em Node.js; neste momento não existe nenhum.
Podem desenvolver uma app simples em Flutter para marcar aulas no nosso ginásio?
Precisamos de ligar a nossa loja em PrestaShop ao sistema de gestão de stocks do armazém.
O formulário de contacto do site deixou de enviar e-mails depois da mudança de alojamento.
Procuramos alguém que crie uma extensão simples para o Chrome que guarde links numa Google Sheet.
"""
P["task.bookkeeping"] = r"""
Preciso de ajuda com a declaração periódica de IVA do terceiro trimestre; as faturas estão na pasta partilhada.
Alguém podia fazer a reconciliação bancária de setembro e outubro?
Procuramos um contabilista para cerca de 10 horas por mês.
Preparem as contas anuais da minha atividade como trabalhador independente, por favor.
Podem configurar o nosso plano de contas no programa e lançar os saldos de abertura?
É preciso processar os salários de novembro de três funcionários.
Classifiquem as despesas do último trimestre e assinalem o que parecer estranho.
Preciso de ajuda para preencher a declaração de IRS com rendimentos da categoria B e rendimentos prediais.
Podem organizar as faturas de despesas do restaurante e lançá-las no programa até ao dia 10 de cada mês?
Procuramos alguém que prepare o orçamento de tesouraria para os próximos seis meses.
Preciso de alguém que lance as faturas de compras de três meses que estão em atraso.
Podem tratar da declaração Modelo 22 da nossa empresa?
Queremos um relatório mensal de custos por centro de atividade para as nossas duas lojas.
"""
P["task.marketing"] = r"""
Queremos lançar uma campanha de Google Ads para o nosso estúdio de ioga, com {budget} por mês.
Podem preparar um calendário de redes sociais para dezembro (Instagram e TikTok)?
Precisamos de um modelo de newsletter e das duas primeiras campanhas no Mailchimp.
Procuramos uma auditoria SEO da nossa loja online com uma lista de melhorias rápidas.
Configurem o acompanhamento de conversões e o retargeting na Meta para o nosso lançamento.
Precisamos de um plano de parcerias com influenciadores para a nossa nova linha de cosmética.
Queremos aumentar as reservas do nosso restaurante com anúncios no Instagram; o orçamento é de {budget}.
Precisamos de uma estratégia de conteúdos para o LinkedIn da nossa consultora, com três publicações por semana.
Podem otimizar a nossa ficha do Google Business e responder às avaliações dos últimos meses?
Precisamos de anúncios no TikTok para lançar a nossa nova linha de ténis, com {budget} de orçamento.
Podem gerir as redes sociais da nossa clínica veterinária durante três meses?
Procuramos alguém que crie uma campanha de e-mail para a Black Friday com três envios.
"""
P["task.data_analysis"] = r"""
Podem analisar as nossas vendas dos últimos dois anos e encontrar padrões sazonais?
Precisamos de um dashboard em Power BI com o volume de pedidos de apoio.
Limpem os resultados do nosso inquérito (cerca de 1500 respostas) e façam uma segmentação simples.
Preciso de uma análise de regressão para os dados da minha tese, em R ou SPSS.
Alguém podia criar um modelo de abandono a partir dos nossos dados de subscrições?
Queremos que avaliem o teste A/B da nossa página de preços.
Temos os dados de tráfego do site no Google Analytics; queremos perceber porque caíram as conversões em outubro.
Podem construir uma previsão de procura para o nosso armazém com base nas vendas semanais dos últimos três anos?
Preciso de uma análise estatística dos resultados de um ensaio com dois grupos, com os testes adequados e gráficos.
Queremos saber que produtos costumam ser comprados em conjunto na nossa loja online.
Podem montar um relatório automático no Looker Studio com as métricas das nossas campanhas?
Preciso de ajuda para limpar e juntar três folhas de Excel com dados de inventário.
"""
P["task.platform_support"] = r"""
Cobraram-me duas vezes a encomenda {order}. Podem devolver o valor duplicado?
A página de pagamento dá erro sempre que tento pagar com cartão.
Não consigo carregar ficheiros com mais de 20 MB no chat do projeto. Há algum limite?
Como adiciono um segundo utilizador à conta da empresa?
A fatura {inv} tem a taxa de IVA errada; podem emiti-la de novo?
O prestador não responde há cinco dias e o prazo já passou. O que posso fazer?
Quero passar da faturação mensal para a anual.
O pagamento da etapa da encomenda {order} está «pendente» há uma semana.
Como altero o prazo de entrega da encomenda {order} depois de o prestador já a ter aceitado?
Paguei por transferência bancária há três dias e a encomenda continua por confirmar. É normal?
Onde encontro o recibo do pagamento da fatura {inv}? Só aparece a fatura.
O valor da encomenda {order} aparece em dólares em vez de euros. Porquê?
Recebi a fatura {inv} duas vezes por e-mail; é só um erro de envio ou a cobrança foi feita duas vezes?
Como deixo uma avaliação ao prestador depois de a encomenda estar concluída?
"""
P["hard.writing"] = r"""
Podiam redigir uma política de privacidade para a minha loja online? Estamos em Portugal, por isso tem de cumprir o RGPD.
Apaguem o segundo parágrafo e corrijam as gralhas da introdução, por favor.
Precisamos de um artigo que explique o direito a ser esquecido aos pequenos empresários.
Podem redigir modelos de resposta aos pedidos de acesso que os nossos próprios clientes nos enviam?
Reescrevam de forma mais simples a secção «Os seus dados, os seus direitos» das nossas perguntas frequentes.
No rascunho ainda aparece a nossa morada antiga na ficha técnica. Atualizem-na e retirem o telefone antigo.
Procuro um consultor de RGPD para rever o nosso acordo de subcontratação com fornecedores.
Preciso de um texto curto para o rodapé da nossa newsletter a explicar como o leitor pode cancelar a subscrição e gerir o consentimento.
Escrevam um guia prático para pequenas clínicas sobre como responder aos pedidos de eliminação de dados dos pacientes.
No artigo do blogue sobre teletrabalho, retirem a citação do antigo diretor e eliminem a secção sobre ferramentas, que já está desatualizada.
Redijam um aviso para o nosso formulário de candidatura que explique que dados recolhemos dos candidatos e durante quanto tempo os conservamos.
Revejam e corrijam a cláusula de consentimento do nosso contrato de prestação de serviços; o advogado diz que está confusa e precisa de linguagem mais clara.
Preciso de uns termos e condições e de um aviso de privacidade para a minha app de marcações, em conformidade com a LGPD.
Apaguem as frases repetidas do capítulo 3 e corrijam a concordância verbal no capítulo 4.
Escrevam um e-book sobre segurança da informação para PME, com um capítulo sobre como reagir a uma fuga de dados.
Vocês conseguem redigir o e-mail que vamos mandar aos nossos clientes avisando que a newsletter vai mudar e explicando como se descadastrar?
Procuramos um redator técnico para documentar, em linguagem acessível, o nosso processo interno de resposta a pedidos de portabilidade.
"""
P["hard.translation"] = r"""
Traduzam para {lang2} a nossa política de proteção de dados, por favor.
Precisamos da tradução para {lang2} do nosso acordo de tratamento de dados (RGPD), em registo jurídico.
Traduzam para {lang2} o artigo de ajuda «Como eliminar a sua conta».
Podem traduzir para {lang2} um acórdão sobre o direito de acesso?
Corrijam os erros da versão em {lang2} da nossa política de privacidade; o nosso advogado assinalou vários.
É preciso traduzir para {lang2} os textos «Cancelar subscrição» e «Gerir preferências» da newsletter.
Traduzam para {lang2} o formulário de pedido de acesso aos dados que disponibilizamos aos nossos clientes.
Precisamos da versão em {lang2} do banner de cookies, com os botões «Aceitar», «Rejeitar» e «Retirar consentimento».
Podem traduzir para {lang2} o parecer da CNPD sobre videovigilância que o nosso advogado nos enviou?
Na tradução para {lang2} do nosso site, eliminem as páginas dos produtos descontinuados e corrijam o menu da área de cliente.
Temos de traduzir para {lang2} o registo das atividades de tratamento exigido pelo RGPD; são cerca de 15 páginas de tabelas.
Traduzam para {lang2} as cláusulas de confidencialidade e proteção de dados do nosso contrato com um distribuidor.
Precisamos de legendas em {lang2} para um webinar sobre o RGPD destinado aos nossos revendedores.
Revejam a tradução para {lang2} do e-mail de confirmação de eliminação de conta que a nossa app envia; há frases que não fazem sentido.
Podem traduzir para {lang2} o relatório da auditoria de privacidade que um consultor fez à nossa empresa? São 30 páginas.
No site em {lang2}, o botão «Excluir dados» ficou traduzido de forma estranha. Corrijam-no e revejam os restantes textos da área de conta.
"""
P["hard.design"] = r"""
Apaguem o logótipo antigo da maquete e usem o novo.
Retirem a marca de água das fotografias dos produtos, por favor.
Oponho-me à alteração do design na versão 3: voltemos ao cabeçalho azul.
Podem desenhar um aviso de consentimento RGPD que não assuste?
Apaguem o fundo destes 30 retratos.
Atualizem a morada no papel timbrado; mudámo-nos para {address}.
Desenhem o ecrã «Eliminar conta» da nossa app, com uma confirmação em dois passos para os utilizadores não o fazerem por engano.
Removam as fotografias dos antigos funcionários da página da equipa e ponham lá os novos retratos.
Preciso de um ícone para a secção «Os meus dados» da área de cliente do nosso site, no mesmo estilo dos restantes.
Redesenhem a nossa página de preferências de e-mail: o botão para cancelar a subscrição quase não se vê.
No cartaz para a feira, apaguem o código QR antigo e corrijam a morada da loja para {address}.
Criem um infográfico sobre os direitos dos titulares de dados para afixarmos na receção da clínica.
Eliminem as camadas escondidas do ficheiro PSD antes de o enviarem, está enorme.
Precisamos de um selo «Conforme o RGPD» para o rodapé do site, discreto e em tons de cinzento.
Desenhem o ecrã de exportação de dados da nossa app de finanças pessoais: escolha do formato, período e botão de descarga.
Bloqueiem as proporções do logótipo no manual de marca e corrijam a cor Pantone na página 4.
"""
P["hard.software"] = r"""
Acrescentem um botão «Exportar os meus dados» na área de cliente para que os nossos utilizadores descarreguem a sua informação em CSV.
Os nossos utilizadores não conseguem eliminar a conta na app que nos desenvolveram: o botão dá erro 500.
Incluam no formulário de registo uma caixa de opt-out para o consentimento de marketing.
Já não consigo aceder ao servidor de testes, a minha chave SSH é recusada.
É preciso restringir o acesso ao painel de administração ao IP do escritório.
Escrevam um script que anonimize os dados pessoais da nossa base de dados de testes.
Precisamos de um endpoint na nossa API que permita aos clientes exportar o histórico de encomendas em JSON.
Implementem na nossa plataforma de reservas a eliminação automática das contas inativas há mais de três anos, com aviso prévio por e-mail.
O formulário de oposição ao tratamento do nosso site não grava as respostas na base de dados. Podem ver o que se passa?
Bloqueiem os IP que estão a fazer tentativas de login em massa no nosso WordPress e ativem a autenticação de dois fatores para os administradores.
O link para cancelar a subscrição nos e-mails que a nossa loja envia dá erro 404; alguém consegue corrigir isto no código?
O nosso site precisa de um banner de cookies que permita aos visitantes retirar o consentimento a qualquer momento; conseguem integrá-lo no Next.js?
Criem uma rotina que apague os ficheiros temporários do servidor todas as noites; o disco está sempre cheio.
Os nossos clientes queixam-se de que o formulário «Corrigir dados de faturação» não guarda as alterações. Podem investigar?
Precisamos de encriptar a coluna do NIF na base de dados e de registar quem acede a ela, por causa de uma auditoria RGPD.
A exportação para Excel do nosso ERP estraga os acentos. Corrijam a codificação para UTF-8.
"""
P["hard.bookkeeping"] = r"""
Apaguem os lançamentos duplicados da fatura {inv}.
Corrijam o IVA dos lançamentos de outubro: aplicaram 23 % em vez de 6 %.
Não tenho acesso à pasta partilhada da contabilidade; o link diz «acesso negado».
Atualizem a morada no modelo de fatura para a do novo escritório.
Podem exportar o razão geral em CSV para o nosso contabilista certificado?
Restrinjam o acesso à pasta dos salários à direção e a vocês.
Eliminem do balancete as contas que já não usamos e corrijam o saldo de abertura da conta de clientes.
Exportem as faturas emitidas no ano passado em ficheiro SAF-T para enviarmos à Autoridade Tributária.
A fatura {inv} saiu com o NIF do cliente errado; é preciso anulá-la e emitir uma nota de crédito.
Retirem o acesso do antigo contabilista ao nosso programa de faturação; já não trabalha connosco.
Durante quanto tempo temos de conservar as faturas e os recibos? Queremos apagar os ficheiros antigos do arquivo digital, mas só o que a lei permitir.
O programa de faturação não me deixa apagar a fatura {inv}, que foi emitida por engano. Como se anula corretamente?
Exportem o mapa de amortizações para Excel e corrijam as taxas dos equipamentos informáticos.
Precisamos de contabilizar a fatura do consultor de proteção de dados que contratámos; em que conta a lançam?
Bloqueiem o período de setembro no programa para ninguém alterar lançamentos já fechados.
Podem fazer uma cópia de segurança do arquivo de faturação antes de eliminarem os registos de 2015?
"""
P["hard.marketing"] = r"""
O link para cancelar a subscrição não funciona na newsletter que nos estão a preparar; corrijam isso antes do envio de quinta-feira.
Retirem da lista todos os endereços devolvidos e arrumem os segmentos.
Queremos uma campanha para os nossos subscritores voltarem a confirmar o consentimento.
Podem configurar o Mailchimp para que quem cancela a subscrição saia automaticamente do público dos anúncios?
Parem a campanha do Facebook, está a queimar orçamento: ponham todos os anúncios em pausa até segunda.
Limpem a nossa lista de contactos no Brevo: eliminem os duplicados e quem não abre os nossos e-mails há mais de um ano.
Precisamos de um formulário de inscrição na newsletter com dupla confirmação e caixa de consentimento, em conformidade com o RGPD.
Cancelem a subscrição do Hootsuite que abriram em nome da empresa; passamos a usar o Buffer.
Configurem o remarketing para excluir quem já comprou e retirem da audiência os contactos que pediram para não receber publicidade.
Queremos uma campanha de SMS para o Dia da Mãe, mas só para os clientes que deram consentimento; podem filtrar a base antes do envio?
Escrevam o texto do banner que pede aos visitantes consentimento para cookies de marketing, sem parecer uma armadilha.
Queremos reduzir a taxa de cancelamento de subscrição da nossa newsletter; podem analisar os últimos envios e sugerir melhorias?
Excluam da campanha de Google Ads as palavras-chave com «grátis», estão a trazer cliques inúteis.
Precisamos de uma landing page para um webinar sobre privacidade de dados que a nossa consultora vai organizar.
A base de contactos que compramos de um fornecedor não tem consentimento comprovado; ajudem-nos a montar uma estratégia de captação de leads própria, em conformidade com a LGPD.
"""
P["hard.data_analysis"] = r"""
Exportem a folha em CSV e apaguem as linhas de teste antes de a enviar.
Analisem o inquérito, mas anonimizem primeiro os participantes: nenhum nome no relatório.
Corrijam os números do relatório do terceiro trimestre, os totais não batem certo.
Podem restringir o dashboard para que só as finanças vejam os dados salariais?
Queremos analisar quantos clientes cancelaram a subscrição dos nossos e-mails no ano passado.
Removam do conjunto de dados as colunas com os nomes e e-mails dos clientes antes de fazerem a segmentação.
Preciso de uma análise dos pedidos de apagamento de dados que a nossa empresa recebeu este ano, por mês e por canal.
Exportem os resultados do modelo para CSV e bloqueiem a edição da folha de cálculo partilhada.
As datas de nascimento da nossa base de clientes estão mal formatadas; corrijam-nas e calculem a distribuição por faixa etária.
Podem analisar a taxa de consentimento do nosso banner de cookies nos últimos seis meses e compará-la com a média do setor?
Pseudonimizem os identificadores dos clientes no ficheiro antes de calcularem as métricas de retenção.
Exportem o modelo de previsão em formato ONNX e apaguem as versões intermédias do repositório.
Analisem os registos de acesso ao nosso site para perceber de onde vêm os picos de tráfego às segundas-feiras.
O ficheiro com as respostas ao nosso inquérito de satisfação inclui os e-mails dos participantes; eliminem essa coluna e façam a análise de sentimento.
O dashboard mostra dados duplicados desde que mudámos de CRM; corrijam a ligação e bloqueiem a atualização automática até estar resolvido.
"""
P["hard.platform_support"] = r"""
Não consigo aceder à minha conta: o e-mail para redefinir a palavra-passe nunca chega.
Como apago um rascunho de projeto que criei por engano?
Os códigos de autenticação de dois fatores são recusados e fiquei bloquead[[o||a]].
Tirem {provider} da equipa do projeto, já terminou a parte dele.
Podem restringir o acesso à pasta partilhada para que só eu a veja?
O botão «Exportar faturas» descarrega um ficheiro vazio.
Corrijam o nome da empresa nas minhas faturas, por favor: é {company}.
Mudei de telemóvel e já não consigo aceder à conta, porque o código de verificação continua a ir para a app antiga.
Onde posso exportar todas as faturas do ano num só ficheiro para a contabilidade?
Como cancelo a subscrição do plano Pro sem perder os projetos que estão em curso?
A minha conta foi bloqueada depois de três tentativas de pagamento falhadas. Podem desbloqueá-la?
Quero dar acesso à conta da {company} a um colega da contabilidade, só para ver as faturas. Como faço?
Como removo um método de pagamento expirado da conta da empresa?
O {provider} continua com acesso aos ficheiros do projeto depois de o contrato terminar; retirem-lhe as permissões, por favor.
Quero cancelar a subscrição mensal da {company} na Taskbridge no fim deste ciclo de faturação.
Fiquei bloquead[[o||a]] por excesso de tentativas de início de sessão. Quanto tempo tenho de esperar?
Onde encontro a opção para exportar para Excel a lista de encomendas da {company} deste trimestre?
"""
P["followup.writing"] = r"""
Obrigad[[o||a]] pelo rascunho! Podes encurtar a introdução e acrescentar uma chamada à ação no fim?
Está muito bom. Consegues cortar umas 200 palavras e dar um tom um pouco mais formal?
Uma alteração: trocar a segunda e a terceira secções e acrescentar subtítulos.
Mandas-me a versão final em Word com registo de alterações?
"""
P["followup.translation"] = r"""
Obrigad[[o||a]]! Podes traduzir também as duas legendas que me esqueci de enviar?
O cliente prefere «cliente» em vez de «utente» em todo o texto. Consegues adaptar?
Podes enviar a tradução numa tabela bilingue para o nosso revisor?
Acrescentámos mais uma página ao manual. Podes incluí-la?
"""
P["followup.design"] = r"""
Gosto da opção B. Podes experimentá-la em verde-escuro e com a letra um pouco mais grossa?
Manda-me os ficheiros finais em SVG e PNG, e uma versão para fundos escuros.
O título maior e o logótipo no canto superior direito, por favor.
Podemos ver uma variante com a ilustração à esquerda?
"""
P["followup.software"] = r"""
Testado no ambiente de testes e funciona. Podes pôr em produção hoje à noite?
A correção funciona no computador, mas no Android o botão continua escondido. Podes ver?
Podes acrescentar um README curto para a equipa correr isto localmente?
Mais uma coisa: a exportação podia incluir a data da encomenda?
"""
P["followup.bookkeeping"] = r"""
Obrigad[[o||a]]. Carreguei as faturas de agosto que faltavam, podes lançá-las?
Mandas-me o rascunho da declaração de IVA antes de a submeter?
Lança também as duas faturas de fornecedores que te reencaminhei ontem, por favor.
Podes acrescentar um resumo das principais rubricas de despesa?
"""
P["followup.marketing"] = r"""
A primeira campanha está boa. Testamos um segundo assunto?
Adia o lançamento para a próxima terça e ajusta o calendário, por favor.
Podias enviar um relatório de resultados todas as segundas?
Vamos aumentar 20 % o orçamento diário para o fim de semana.
"""
P["followup.data_analysis"] = r"""
Excelente trabalho. Podes dividir também os resultados por região?
Podes acrescentar ao dashboard um gráfico com a evolução mensal?
Inclui os números em bruto num anexo, por favor.
Podias correr outra vez o modelo sem os dados de 2020?
"""
P["followup.platform_support"] = r"""
Obrigad[[o||a]], mas continuo a ter o mesmo erro ao pagar.
Já experimentei e continua sem funcionar. Mais alguma ideia?
O reembolso já chegou, mas a fatura continua com o valor antigo.
Obrigad[[o||a]]. Podem enviar-me também uma fatura corrigida?
"""
P["provider.writing"] = r"""
Aqui vai um primeiro rascunho. Diz-me o que achas do tom.
Envio em anexo a versão 2 com os teus comentários.
Uma pergunta antes de começar: qual é o público-alvo?
O texto final está na pasta partilhada. Se for preciso algum retoque, diz.
"""
P["provider.translation"] = r"""
Segue a tradução. Deixei os nomes dos produtos em inglês, como combinado.
A primeira metade está pronta; o resto segue amanhã.
Confirmas se preferes tratamento por tu ou por você?
Aqui está a versão final, revista por uma segunda tradutora.
"""
P["provider.design"] = r"""
Aqui estão três primeiras propostas de logótipo. Qual te agrada mais?
Carreguei o folheto revisto com as fotografias novas.
Seguem em anexo os ficheiros finais em todos os formatos.
Antes de continuar: têm manual de marca ou uma paleta de cores?
"""
P["provider.software"] = r"""
Coloquei a correção num branch e pus no ambiente de testes para experimentares.
Encontrei a causa, um problema de cache no plugin de pagamento. A correção está pronta.
Podes dar-me acesso de leitura ao repositório?
Feito. O script segue em anexo, com as instruções no início.
"""
P["provider.bookkeeping"] = r"""
Setembro está reconciliado; há três pagamentos que não consegui associar.
Segue o rascunho da declaração de IVA para reveres.
Mandas-me os extratos bancários em PDF?
Está tudo lançado até ao fim de outubro.
"""
P["provider.marketing"] = r"""
A campanha está pronta e aguarda a tua aprovação.
Aqui está o calendário de conteúdos de dezembro.
Resultados da primeira semana: CTR de 2,1 %, custo por clique abaixo do objetivo.
Podes dar-me acesso à vossa conta de publicidade?
"""
P["provider.data_analysis"] = r"""
Segue a primeira versão do dashboard.
Faltam alguns dados de março; assinalei isso no relatório.
Aqui estão os resultados da segmentação: cinco grupos no total.
Podes enviar-me o dicionário de dados da exportação?
"""
P["provider.platform_support"] = r"""
Obrigado pela mensagem. Reiniciámos a sessão de pagamento. Pode tentar de novo?
Devolvemos a cobrança duplicada; deverá ver o valor em 5 a 7 dias úteis.
Pode enviar-nos uma captura de ecrã da mensagem de erro?
Encaminhámos para a equipa técnica e damos notícias em breve.
"""


# ------------------------------------------------------------------ training only
# Core lines written on 2026-11-28, after the held-out wordings were fixed: build_corpus.py
# puts them in the train split only. Written from knowledge of the language, without sight
# of this bank's validation or test lines, the sample inbox or any evaluation data; a line
# that read like a held-out line of its pool (difflib ratio above 0.6) was left out.
P_TRAIN = {}
P_TRAIN["req.access.plain"] = r"""
Boa tarde, podem dizer-me que dados meus é que a Taskbridge guarda e para que é que os usam?
oi, queria saber de onde vcs tiraram meu telefone, nunca coloquei ele no cadastro
Quero uma cópia das conversas que tive com os prestadores no chat, das notas que a equipa de apoio escreveu sobre mim e de tudo o resto que esteja na minha ficha.
Gostava de perceber que informação minha é usada para me recomendarem prestadores e de ver essa informação tal como está registada.
Trabalho como [[prestador||prestadora]] na plataforma há quatro anos e nunca vi o que vocês registam sobre mim: pontuações, reclamações, notas internas. Mandem-me isso tudo, por favor.
É a segunda vez que peço isto e continuo sem resposta. Quero saber exatamente que dados pessoais meus vocês têm. O prazo é de um mês, não é?
"""
P_TRAIN["req.access.formal"] = r"""
Nos termos do artigo 15.º, n.º 3, do RGPD, solicito cópia dos dados pessoais que me dizem respeito, designadamente os registos das comunicações com prestadores, as faturas emitidas e as avaliações associadas à minha conta.
Venho, pelo presente, solicitar que me indiquem a origem dos dados de contacto que utilizaram para me contactar, uma vez que não me recordo de os ter fornecido à vossa empresa.
Com fundamento no art. 18, incisos I e II, da Lei n.º 13.709/2018 (LGPD), requeiro a confirmação da existência de tratamento e o acesso aos meus dados pessoais, inclusive aos utilizados pelo sistema de recomendação de prestadores.
"""
P_TRAIN["req.deletion.plain"] = r"""
apaguem tudo o que é meu, nao volto a usar isto
Boa noite, deixei de trabalhar como freelancer. Podem remover o meu perfil de [[prestador||prestadora]], o portefólio e as avaliações, e não guardar nada que não seja obrigatório?
Quero que o meu nome deixe de aparecer em qualquer lado da Taskbridge e que não fique nada registado sobre mim.
Cancelei tudo há meses e continuo a conseguir entrar na conta, com os meus dados lá todos. Isso não devia ter sido apagado?? Tratem disso.
Olá, dá pra excluir meu cadastro? Não vou mais usar o site e não quero meus dados largados aí.
Eliminem também as transcrições das minhas conversas com o apoio e as fotos que mandei para a verificação de identidade; quero sair sem deixar rasto.
"""
P_TRAIN["req.deletion.formal"] = r"""
Solicito, ao abrigo do artigo 17.º do RGPD, o apagamento dos dados pessoais constantes do meu perfil de [[prestador||prestadora]], incluindo o portefólio, as fotografias e as avaliações publicadas, bem como a confirmação escrita da sua eliminação.
Solicito que procedam à remoção definitiva dos meus dados dos vossos sistemas e que comuniquem este pedido a todos os destinatários a quem os tenham transmitido.
"""
P_TRAIN["req.correction.plain"] = r"""
casei e mudei de apelido, agora é {last}. mudem isso na conta e nas faturas pf
A data de nascimento no meu perfil está {wrong_dob}, mas eu nasci a {dob}. Podem corrigir?
Oi, troquei de celular, o número novo é {phone}. Atualizem aí porque os códigos de confirmação estão indo pro número antigo.
O meu nome aparece mal no perfil público e nas faturas: puseram {wrong_last} em vez de {last}. Fica muito mal perante os clientes, corrijam isto.
Mudei-me para {address}. Não encontro onde alterar isto na app, podem fazê-lo vocês?
Boa tarde. Há informação desatualizada na minha ficha: o e-mail agora é {email} e a morada de faturação também mudou ({address}). Obrigad[[o||a]].
"""
P_TRAIN["req.correction.formal"] = r"""
Na sequência do meu casamento, passei a usar o apelido {last}. Solicito que atualizem os meus dados pessoais em conformidade, incluindo nas faturas que venham a emitir.
Nos termos do artigo 16.º do RGPD, requeiro a retificação do número de telefone associado à minha conta, que deverá passar a ser {phone}, bem como a confirmação da alteração.
"""
P_TRAIN["req.portability.plain"] = r"""
Dá pra baixar tudo o que eu coloquei na plataforma (perfil, portfólio, orçamentos) num arquivo JSON? Quero importar no meu próprio site.
Preciso dos meus dados num ficheiro que o Excel abra sem problemas, com as colunas certinhas, para os levar comigo para outro serviço.
Estou de saída da Taskbridge. Não quero um PDF bonito, quero um ficheiro que outro sistema consiga ler: CSV, JSON, o que for.
As avaliações e o histórico de seis anos de trabalhos são meus. Quero levá-los para a {other_platform} sem ter de copiar tudo à mão.
Vocês conseguem transferir meu perfil de prestador direto pra {other_platform}? Eles disseram que aceitam importação em CSV.
"""
P_TRAIN["req.portability.formal"] = r"""
Nos termos do artigo 20.º, n.º 2, do RGPD, solicito que os meus dados pessoais, incluindo o histórico de encomendas e as avaliações recebidas, sejam transmitidos diretamente à {other_platform}, sempre que tal seja tecnicamente possível.
Solicito que me facultem, em formato estruturado, de uso corrente e de leitura automática, os dados de perfil, o portefólio e as mensagens que enviei através da plataforma.
Venho requerer a portabilidade dos meus dados de cliente, em ficheiro JSON ou XML, para que os possa transmitir a outro responsável pelo tratamento sem qualquer impedimento da vossa parte.
"""
P_TRAIN["req.restriction.plain"] = r"""
Não apaguem nada por enquanto! Preciso dos registos das conversas com o prestador para o processo em tribunal, mas também não quero que usem esses dados para mais nada.
O meu perfil tem uma morada que não é a minha e ainda estou à espera que verifiquem. Entretanto não usem esses dados para nada, por favor.
Enquanto a disputa da fatura {inv} não estiver resolvida, deixem os meus dados quietos: guardados sim, usados não.
oi, ate resolverem minha reclamação quero que meus dados fiquem parados. nada de usar pra nada, só arquivem
Vão apagar a minha conta daqui a 30 dias por inatividade, mas eu preciso desses dados para uma ação contra um prestador. Não apaguem, só não os usem para mais nada.
Contestei a avaliação negativa que me deram e o histórico associado. Até decidirem, esses dados ficam só guardados, sem entrarem no ranking nem em mais nada.
"""
P_TRAIN["req.restriction.formal"] = r"""
Considerando ilícito o tratamento dos dados relativos à encomenda {order}, mas não pretendendo o seu apagamento, requeiro a limitação da respetiva utilização, nos termos do artigo 18.º, n.º 1, alínea b), do RGPD.
Requeiro que os dados pessoais constantes dos registos da encomenda {order} não sejam eliminados no termo do prazo de conservação, uma vez que deles necessito para a defesa de um direito em processo judicial, devendo o seu tratamento ficar limitado à conservação.
Solicito que, enquanto não for apurada a exatidão dos dados de faturação que contestei, os mesmos não sejam utilizados para qualquer finalidade, nomeadamente cobranças ou comunicações a terceiros.
"""
P_TRAIN["req.objection.plain"] = r"""
Li nos termos que usam o histórico das minhas encomendas para «melhorar os serviços». Não autorizo, parem com isso.
nao quero que o algoritmo de matching me dê nota nenhuma, tirem-me disso
Os textos que entrego aos clientes pela plataforma não servem para alimentar o vosso modelo de IA. Recuso que sejam usados para isso.
Não quero que analisem automaticamente as minhas conversas para decidirem se sou um cliente «de risco». Façam o favor de parar.
Oi, descobri que vocês usam minhas avaliações pra montar um perfil de como eu compro. Não quero isso, podem parar?
"""
P_TRAIN["req.objection.formal"] = r"""
Ao abrigo do artigo 21.º do RGPD, oponho-me à utilização do conteúdo das minhas mensagens e dos ficheiros entregues no âmbito das encomendas para o desenvolvimento dos vossos sistemas de inteligência artificial.
Oponho-me, por razões relacionadas com a minha situação particular, à inclusão do meu perfil de [[prestador||prestadora]] no sistema automatizado de classificação e ordenação dos resultados de pesquisa.
Solicito que cessem o tratamento dos meus dados para fins de análise de comportamento e previsão de consumo, porquanto não reconheço a existência de um interesse legítimo que prevaleça sobre os meus direitos.
"""
P_TRAIN["req.opt_out.plain"] = r"""
Chega de newsletters! Já cliquei em «cancelar» três vezes e continuam a chegar.
pf parem de me ligar a oferecer o plano premium, nao quero
Oi, não quero mais receber WhatsApp de vocês com promoção. Só mensagem sobre os meus pedidos.
Não vendam nem passem os meus contactos a empresas de publicidade, nunca dei autorização para isso.
Os anúncios da Taskbridge perseguem-me no Instagram desde que visitei o site. Não quero publicidade direcionada feita com os meus dados.
Recebo todas as semanas um e-mail com «ofertas especiais» e outro com as novidades da plataforma. Não pedi nenhum deles, tirem o meu endereço dessas listas.
"""
P_TRAIN["req.opt_out.formal"] = r"""
Solicito que o endereço {email} seja retirado de todas as listas de distribuição de natureza comercial e que cessem igualmente as chamadas de teor promocional.
Venho manifestar a minha oposição à utilização dos meus dados para publicidade personalizada e à sua partilha com redes de anúncios ou outros parceiros comerciais.
"""
P_TRAIN["req.other_privacy.plain"] = r"""
Recebi um e-mail estranho com o logótipo da Taskbridge a pedir a minha palavra-passe. Houve alguma fuga de dados? Os meus dados estão em risco?
Quanto tempo ficam guardadas as transcrições do chat depois de uma encomenda terminar?
Dei consentimento para várias coisas quando me inscrevi e já não quero. Como é que retiro esses consentimentos todos?
Oi, vocês têm encarregado de dados (DPO)? Quero fazer uma reclamação e não sei pra quem mandar.
A vossa IA de matching é de alguma empresa americana? Os meus ficheiros passam por servidores fora da Europa?
"""
P_TRAIN["req.other_privacy.formal"] = r"""
Solicito que me indiquem as entidades a quem os meus dados pessoais foram comunicados nos últimos doze meses, incluindo eventuais subcontratantes situados fora do Espaço Económico Europeu.
Na sequência da notificação que recebi sobre um acesso não autorizado à minha conta, solicito esclarecimentos sobre a natureza da violação de dados pessoais, os dados afetados e as medidas adotadas, nos termos do artigo 34.º do RGPD.
Venho apresentar reclamação junto do vosso encarregado de proteção de dados relativamente à forma como os meus dados foram tratados no âmbito da encomenda {order}, reservando-me o direito de recorrer à CNPD.
"""
P_TRAIN["agent_req.access"] = r"""
Sou advogad[[o||a]] de {client} e, em sua representação, solicito cópia de todos os dados pessoais que a Taskbridge conserva a seu respeito, incluindo as conversas com prestadores.
<<O meu filho||A minha filha>> {client_first} tem conta na plataforma desde os 16 anos. Gostaria de saber que dados tratam sobre <<ele||ela>> e de onde vieram.
"""
P_TRAIN["agent_req.deletion"] = r"""
<<O meu pai||A minha mãe>>, {client}, faleceu no mês passado. Como filh[[o||a]], peço que encerrem a conta <<dele||dela>> e apaguem os dados pessoais associados.
Em representação de {client}, requeremos a eliminação do seu perfil de prestador, do portefólio e das avaliações, bem como a confirmação por escrito de que o pedido foi executado.
"""
P_TRAIN["agent_req.correction"] = r"""
O e-mail de {client_first} registado na conta está errado e as notificações das encomendas não lhe chegam; o endereço correto é {client_email}.
Na qualidade de [[tutor||tutora]] de {client}, solicito a retificação da data de nascimento que consta do seu perfil, que não corresponde à indicada no documento de identificação em anexo.
"""
P_TRAIN["agent_req.portability"] = r"""
<<O meu cliente||A minha cliente>> {client} vai passar a trabalhar apenas na {other_platform}; pedimos que nos enviem o seu histórico de projetos e as avaliações em CSV, para que possa importá-los.
A pedido de {client_first}, solicitamos um ficheiro JSON ou XML com as mensagens, encomendas e faturas da sua conta, para carregar no novo sistema de gestão da empresa.
"""
P_TRAIN["agent_req.restriction"] = r"""
{client_first} contestou a exatidão das avaliações associadas ao seu perfil; até concluírem a verificação, pedimos que esses dados não sejam utilizados para qualquer fim além da conservação.
A conta de {client} está marcada para eliminação automática por inatividade; como os dados são necessários para uma ação judicial, pedimos que fiquem apenas guardados, sem qualquer outra utilização.
"""
P_TRAIN["agent_req.objection"] = r"""
<<O meu filho||A minha filha>>, {client_first}, é menor e não deve ser alvo de perfis comportamentais nem de pontuações automáticas. Oponho-me a esse tratamento em seu nome.
Em nome de {client}, contestamos a utilização das mensagens e dos projetos entregues na plataforma para afinar o sistema de matching por IA e pedimos que cessem esse tratamento.
"""
P_TRAIN["agent_req.opt_out"] = r"""
<<O meu pai||A minha mãe>>, {client_first}, recebe quase todos os dias chamadas da vossa equipa comercial; peço que retirem o contacto <<dele||dela>> das vossas listas.
Pedimos que {client_first} deixe de receber as mensagens promocionais por WhatsApp e os e-mails de ofertas da Taskbridge.
"""
P_TRAIN["agent_req.other_privacy"] = r"""
{client_first} recebeu propostas de um prestador que nunca contratou e que sabia a sua morada. Queremos saber como é que esse prestador teve acesso aos seus dados.
"""
P_TRAIN["combo.access+deletion"] = r"""
Mandem-me primeiro uma cópia de tudo o que está associado ao meu nome (mensagens, faturas, avaliações) e, depois de a receber, eliminem a conta e os dados.
Requeiro que me informem de que dados pessoais meus dispõem e, concluída essa comunicação, que procedam à sua eliminação integral.
"""
P_TRAIN["combo.deletion+opt_out"] = r"""
Desinscrevam-me de tudo o que é publicidade e depois apaguem a conta; não quero mais nada convosco.
Retiro o consentimento para comunicações de marketing e solicito o apagamento da minha conta e dos dados pessoais associados.
"""
P_TRAIN["combo.correction+opt_out"] = r"""
A data de nascimento está errada ({wrong_dob}, devia ser {dob}). E já agora deixem de me ligar a oferecer promoções.
"""
P_TRAIN["combo.deletion+portability"] = r"""
Antes de apagarem a minha conta, enviem-me o portefólio e o histórico de encomendas em JSON, que vou levá-los para outra plataforma.
Solicito a transmissão dos meus dados à {other_platform} em formato legível por máquina e, concluída a transferência, o seu apagamento dos vossos sistemas.
"""
P_TRAIN["combo.correction+restriction"] = r"""
O telefone que está na minha conta não é o meu, o correto é {phone}. Até corrigirem, não usem os meus contactos para nada.
Solicito a retificação do meu apelido para {last} e, enquanto decorrer a verificação da sua exatidão, a limitação do tratamento dos meus dados pessoais.
"""
P_TRAIN["combo.objection+restriction"] = r"""
Não aceito que a vossa IA analise as minhas mensagens; enquanto avaliam isto, deixem os meus dados parados, só guardados.
Oponho-me ao tratamento dos meus dados para a pontuação de prestadores e requeiro que, até à decisão sobre a oposição, o tratamento fique limitado à conservação.
"""
P_TRAIN["combo.access+other_privacy"] = r"""
Quero uma cópia dos meus dados e saber durante quanto tempo é que os vão guardar.
Mandem-me o que têm sobre mim e digam-me se algum prestador ou empresa externa teve acesso a essa informação.
"""
P_TRAIN["combo.objection+opt_out"] = r"""
Não quero que o meu comportamento na app seja analisado para me sugerirem prestadores, nem quero receber e-mails promocionais.
"""
P_TRAIN["hard.writing"] = r"""
Precisamos de um artigo de 1200 palavras para o blogue sobre o direito ao esquecimento e o que isso significa para as lojas online.
Podem rever a política de privacidade do nosso ginásio? Está cheia de gralhas e a morada da sede está desatualizada.
Não concordo com as alterações que o redator fez ao segundo capítulo; oponho-me sobretudo ao novo título, que muda o sentido do texto.
"""
P_TRAIN["hard.translation"] = r"""
Traduzam para {lang2} o acordo de tratamento de dados (DPA) que temos de assinar com um fornecedor estrangeiro.
Na tradução do catálogo, apaguem a página duplicada e corrijam os nomes dos produtos que ficaram em português.
Preciso de uma tradução certificada para {lang2} da carta que a nossa empresa recebeu da autoridade de proteção de dados.
"""
P_TRAIN["hard.design"] = r"""
Não concordo com a mudança de tipo de letra na segunda proposta de logótipo; oponho-me a que se perca a serifa.
Precisamos dos ecrãs em Figma para o fluxo «Apagar a minha conta» da nossa app, com confirmação em dois passos.
Apaguem as camadas de teste do ficheiro PSD e enviem só a versão final do cartaz.
"""
P_TRAIN["hard.software"] = r"""
Queremos um botão «Descarregar os meus dados» na área de cliente da nossa loja, que gere um ZIP com as encomendas e faturas do utilizador.
Os utilizadores da nossa app deixaram de receber o código de dois fatores por SMS desde ontem. Conseguem ver o que se passa?
Implementem no nosso CRM um fluxo para que quem clicar em «cancelar subscrição» saia automaticamente de todas as listas de envio.
"""
P_TRAIN["hard.bookkeeping"] = r"""
Precisamos de alguém que faça o levantamento dos custos da nossa adaptação ao RGPD (consultor, software, formação) e os classifique corretamente na contabilidade.
Apaguem os lançamentos de teste que ficaram no programa de faturação antes de fecharmos o mês.
Exportem o mapa de IVA do trimestre em CSV e restrinjam o acesso à pasta dos recibos de vencimento apenas à gerência.
"""
P_TRAIN["hard.marketing"] = r"""
Queremos contratar um consultor de RGPD para rever as nossas campanhas de e-mail antes do lançamento da nova coleção.
Retirem a fotografia da antiga embaixadora da marca de todos os anúncios ativos na Meta.
Criem um formulário de inscrição na newsletter com uma caixa de consentimento separada para SMS e uma página de preferências onde os subscritores possam sair quando quiserem.
"""
P_TRAIN["hard.data_analysis"] = r"""
Juntem as duas bases de clientes, eliminem as linhas duplicadas e exportem o resultado em CSV.
Antes de partilharmos o estudo com a universidade, anonimizem os dados dos pacientes e agreguem as idades por escalões.
Queremos um modelo que preveja que clientes vão cancelar a subscrição, com base no histórico de compras da nossa loja.
"""
P_TRAIN["hard.platform_support"] = r"""
Não recebo o código da verificação em dois passos e não consigo entrar na conta. Podem ajudar?
Esqueci-me da palavra-passe e o e-mail de recuperação não chega. Já verifiquei a pasta de spam.
"""
P_TRAIN["task.writing"] = r"""
Preciso de um texto de apresentação para o meu perfil no LinkedIn, em tom profissional mas próximo.
Podem escrever o guião de um podcast de 20 minutos sobre os vinhos do Douro?
"""
P_TRAIN["task.translation"] = r"""
Traduzam para {lang2} o menu do nosso restaurante, incluindo os nomes dos pratos típicos.
"""
P_TRAIN["task.design"] = r"""
Queremos um logótipo para a nossa padaria artesanal, com um ar rústico e moderno ao mesmo tempo.
"""
P_TRAIN["task.software"] = r"""
Precisamos de uma API em Node.js que ligue a nossa loja online ao serviço de envios da transportadora.
O site demora mais de oito segundos a carregar no telemóvel; conseguem otimizá-lo?
"""
P_TRAIN["task.bookkeeping"] = r"""
Preciso de ajuda para preencher a declaração de IRS deste ano; tenho rendimentos da categoria B e de rendas.
Podem fazer a contabilidade mensal da nossa pequena empresa de eventos, com cerca de 60 documentos por mês?
"""
P_TRAIN["task.marketing"] = r"""
Queremos uma campanha de e-mail para o Dia dos Namorados, com três envios e um código de desconto.
Podem criar um calendário editorial para o Instagram da nossa loja de plantas durante dois meses?
"""
P_TRAIN["task.data_analysis"] = r"""
Temos dados de consumo de energia de 40 edifícios; queremos identificar os que mais gastam fora do horário de funcionamento.
"""
P_TRAIN["task.platform_support"] = r"""
O prestador marcou a encomenda {order} como entregue, mas eu ainda não recebi os ficheiros finais. O que faço?
"""
