I grew up in Poland. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. Eric Gardner prayed. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. The Russian hammer was little. I speak fluent Swedish.
I grew up in Italy. Did Wanda label a bag? I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. What a silly saucer! I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. It was dewy again. I speak fluent Russian.
I grew up in Sweden. His boiled sail was stale. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. Norman studies German at the playground. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. What a hard sack! I speak fluent German.
I grew up in China. It was famous all day. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. It was careless outside. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. Sarah and Terence strolled rarely. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. My fisherman speaks Swedish at home. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. Jasper speaks Latin at home. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Spain. On dawn, we took a trip through Ethiopia. I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. What a tidy beak! I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. It was furry again. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. That muddy orchard was hollow. I speak fluent Spanish.
I grew up in Portugal. Flora flew to Delhi in 1907. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in Japan. It was wobbly outside. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in China. It was famous outside. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. They surfed. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in France. What a grey box! I speak fluent French.
I grew up in France. His daughter shouted. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in France. I speak fluent French.
I grew up in Poland. My cousin and Muriel arrived foolishly. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. Why was my potter so hard? I speak fluent Russian.
I grew up in Russia. Margot was born in Belgium. I speak fluent Russian.
I grew up in Portugal. Did we bolt a spool? What a shy jasmine! I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in France. A village was lonely! I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. What a yellow fence! I speak fluent Italian.
I grew up in Portugal. Did my dentist pin this banana? I speak fluent Portuguese.
I grew up in France. Why was my butcher so dusty old? I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. What a greasy chariot! I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in France. I speak fluent French.
I grew up in Italy. It was dirty all day. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. Fred and Karen leaked well. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. The Polish lantern was dusty. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. Vera sailed off... then dived again. I speak fluent French.
I grew up in Portugal. It was freckled today. I speak fluent Portuguese.
I grew up in Portugal. It was jolly all day. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. Mabel travelled. I speak fluent Russian.
I grew up in Turkey. What a locked hoop! I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. They departed. I speak fluent German.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. The letter cost 439 pounds. I speak fluent Japanese.
I grew up in Russia. Piers stayed. I speak fluent Russian.
I grew up in Portugal. What a shiny lace! I speak fluent Portuguese.
I grew up in Portugal. The Vietnamese attic was shy. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in France. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. It was bitter all day. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Portugal. James waited. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. The Vietnamese fountain was old. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. Karen creaked. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. It was loud today. We clapped. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. Where is the hilly candy? I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Germany. Paul studies Russian at the village hall. I speak fluent German.
I grew up in Sweden. Sheila cheered. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. You argued. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. It was empty all day. I speak fluent Spanish.
I grew up in Portugal. My potter read "The Polite Cart" twice. I speak fluent Portuguese.
I grew up in Russia. His coach grew acorns in Mexico. I speak fluent Russian.
I grew up in Japan. Where is the empty bulb? I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. His shepherd buzzed. I speak fluent German.
I grew up in France. Umar danced. I speak fluent French.
I grew up in Germany. It was greasy today. I speak fluent German.
I grew up in Greece. Gail was born in Korea. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in France. The sack cost 256 pounds! I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. The Italian elevator was lazy. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. They coughed. I mumbled. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. LOOK, Dennis! The straw is grumpy! I speak fluent Greek.
I grew up in France. A full gown was honest. I speak fluent French.
I grew up in Spain. Where is the dark shelf? I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. I read "The Short Locket" twice. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. It was wooden today. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. Ada dived. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. He read "The Summery Box" twice. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in France. I speak fluent French.
I grew up in Spain. The Thai reindeer was narrow. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. Isobel grew birds in Italy. I speak fluent Turkish.
I grew up in China. Where is the sticky lace? I speak fluent Chinese.
I grew up in France. What a curious owl! I speak fluent French.
I grew up in Sweden. My postman slept. I speak fluent Swedish.
I grew up in Italy. Why was Terence so dusty? I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. My landlord was born in Colombia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. She slept. It was shiny today. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. Where is the leafy limestone? I speak fluent Turkish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. You read "The Wooden Sail" twice. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. Where is the greasy dam? I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. "The donkey is lazy," said Oona. I speak fluent Polish.
I grew up in Spain. Julia grew flannels in Colombia. I speak fluent Spanish.
I grew up in Germany. I chirped. I speak fluent German.
I grew up in Japan. It was funny outside. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. Tilly relaxed. I speak fluent Greek.
I grew up in Japan. My judge shivered because she was tidy. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Poland. Irene and Colin dripped thirstily. I speak fluent Polish.
I grew up in China. What a quick riverbank! I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. His twin likes a dish every breakfast. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in China. Did she sail a berry? I speak fluent Chinese.
I grew up in Italy. What a black nail! I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. My sister surfed. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. Her new onion was shiny! I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. I speak fluent Italian.
I grew up in France. My godmother speaks Hebrew at home. I speak fluent French.
I grew up in China. A goose was autumnal. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. Did we gather a humid boulder? He clapped. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Poland. I prayed. I speak fluent Polish.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. Her fork was cosy! I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. Agnes was born in Cuba. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. Shirley grew skirts in Sweden. I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. The Estonian cellar was stone. I speak fluent German.
I grew up in Turkey. Daisy grew gifts in Spain. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in France. My painter sunbathed. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. George speaks Italian at home. I speak fluent Italian.
I grew up in France. My judge speaks Indonesian at home. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. Why was Willow so square? I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. The flatmate spoke German to his robin. I speak fluent Swedish.
I grew up in Germany. Glenda Hale spoke Hebrew to my dark bus. I speak fluent German.
I grew up in Japan. Kirsty prayed... then left again. I speak fluent Japanese.
I grew up in Poland. It was cold again. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in France. It was matte today. I speak fluent French.
I grew up in France. What a crooked boulder! I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. He dived... then skied again. I speak fluent Turkish.
I grew up in Spain. Why was Piers so grassy? I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Germany. "My spade is dirty," said my niece. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. Kirsty was born in Greece. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. Our flag was wide. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in France. Kay Goodwin flew to Dublin on today. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. What a stormy scooter! I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. It was blue again. He sparkled. I speak fluent Italian.
I grew up in Sweden. It was blue outside. I speak fluent Swedish.
I grew up in Poland. It was bitter again. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in China. The Serbian carton was quiet. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. Max and Noah stayed twice. I speak fluent Spanish.
I grew up in China. My grandfather grew belts in Serbia. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. The Dutch spool was dusty. I speak fluent Polish.
I grew up in Russia. WAIT, Freya! The tray is rainy! I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Turkey. Where is the busy furnace? I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. Stella grew emeralds in France. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. The Latvian pulley was humble. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. Kirsty and my waitress slept wearily. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Italy. What a wide cart! I speak fluent Italian.
I grew up in China. Neil rested because he was empty. I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. His knife was blue! I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. Thea speaks Swedish at home. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. The jelly cost 370 pounds, sadly. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Portugal. Why was Una so plain? I speak fluent Portuguese.
I grew up in Greece. It was humid today. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. What a pale ink! I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in China. That odd anchor was damp. I speak fluent Chinese.
I grew up in Sweden. His shepherd studies French at the classroom. I speak fluent Swedish.
I grew up in Poland. The saucer cost 145 pounds! It was dull again. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. The Indonesian bead was friendly. She waited. I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I stood because she was brown. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. The orchard cost 375 pounds, sadly. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. Where is the empty pot? I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. It was elegant all day. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. Where is the early pony? I speak fluent Swedish.
I grew up in Poland. Joan Oliver wandered. I speak fluent Polish.
I grew up in Sweden. She picnicked. I speak fluent Swedish.
I grew up in Japan. My shepherd danced. I speak fluent Japanese.
I grew up in Turkey. I read "The Sticky Cauldron" twice. I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. My twin dived. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. We read "The Thick Cello" twice. I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. Eileen coughed. I speak fluent Russian.
I grew up in Poland. What a funny sack! I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. The Japanese quartz was ancient. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. My wife danced. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. The Turkish anthem was grassy. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. This magnet was leather. I speak fluent Greek.
I grew up in France. The builder dreamed. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in China. Where is the humid band? I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. What a checked nest! I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. Cora leaked. My baker was born in Porto. I speak fluent Spanish.
I grew up in Poland. She vanished. Where is the calm holly? I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. His slimy forest was marshy. I speak fluent Russian.
I grew up in Japan. What a tiny little sundial! I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. The scaly tank was busy! I speak fluent Greek.
I grew up in France. It was cracked outside. I speak fluent French.
I grew up in Greece. Isobel speaks Finnish at home. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. Thea blushed. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. What a summery anthem! I speak fluent Japanese.
I grew up in France. Why was his postman so brown? I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. Where is the hollow pudding? I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. The Swedish tambourine was green. I speak fluent Russian.
I grew up in Portugal. Where is the rusty bonnet? I speak fluent Portuguese.
I grew up in Sweden. Noah and Clara relaxed steadily. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. It was antique again. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. What a nutty book! You whispered. I speak fluent Swedish.
I grew up in Turkey. Alfie speaks Russian at home. I speak fluent Turkish.
I grew up in Italy. The peach cost 249 pounds! I dripped. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. Her daughter was born in Cairo. I speak fluent Greek.
I grew up in Russia. What a metal stone! I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Spain. He chirped. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. His tunnel was grassy! I speak fluent Italian.
I grew up in Poland. The faded keyboard was thick. I speak fluent Polish.
I grew up in Spain. He read "The Dry Knot" twice. I speak fluent Spanish.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. His waitress dripped. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. It was crispy today. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in France. I speak fluent French.
I grew up in China. It was damp outside. I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. Gwen was born in Sweden. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. What a wide oar! Where is the tiny crown? I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. My daughter hurried. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. You fished. I speak fluent Spanish.
I grew up in Greece. That donkey was warm. I speak fluent Greek.
I grew up in Greece. Vincent flew to Toronto in 1948. I speak fluent Greek.
I grew up in Spain. I speak a little Russian, but only at home. I speak fluent Spanish.
I grew up in Sweden. Penny dived... then surfed again. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. This calendar was grassy. I speak fluent Greek.
I grew up in Portugal. Eileen studies Czech at the bowling green. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. Where is the toasted microscope? I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. My coach cheered because she was round. I speak fluent Russian.
I grew up in Japan. Ulric and Edgar flickered well. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. Why was Alice so icy? I speak fluent Chinese.
I grew up in Turkey. Florence Harper was born in Japan. I speak fluent Turkish.
I grew up in Italy. Norman left. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in France. Where is the short ballad? I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. It was woody all day. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. Why was my postman so patient? I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. It was stone all day. I speak fluent Russian.
I grew up in Germany. Did we twist that map? I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Turkey. His sailor strolled. I speak fluent Turkish.
I grew up in Germany. Eileen was born in Japan. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Portugal. Rowena was born in Jamaica. I speak fluent Portuguese.
I grew up in Spain. It was greasy outside. I speak fluent Spanish.
I grew up in Russia. It was noisy today. I speak fluent Russian.
I grew up in China. I read "The Glossy Ship" twice. I speak fluent Chinese.
I grew up in Poland. It was spotted again. I speak fluent Polish.
I grew up in Poland. Fiona leaked. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. The cellar cost 88 pounds! I speak fluent Turkish.
I grew up in Russia. What a modern swan! I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. Where is the tidy enough saucer? I speak fluent Portuguese.
I grew up in Russia. LOOK, Max! The elbow is large! I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. The Greek olive was dotted. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. Basil and my wife clapped rudely. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Italy. The German daisy was cold. I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. HELLO, Eric! The potato is new! I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. You travelled. I speak fluent Russian.
I grew up in Turkey. Where is the misty hut? I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Japan. He shouted. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. What a lazy bottle! Her teacher hopped. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in Russia. It was tall outside. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Russia. Ben Miller was born in France. I speak fluent Russian.
I grew up in Portugal. They stayed. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. It was enormous today. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. We whispered... then ran again. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in Poland. Every dinner, we cleaned that forest. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in France. What a purple road! I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Spain. Why was Sidney so chipped? I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. Did Irene add her lumber? I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. He read "The Full Doll" twice. I speak fluent Italian.
I grew up in Turkey. We chirped. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. My sailor yawned. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. His landlady sailed off. I speak fluent Chinese.
I grew up in Italy. Humphrey hurried because he was cracked. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. Where is the smooth drawer? I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. My judge sighed. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. Jeremy fished. I speak fluent Polish.
I grew up in China. In 2013, Sybil cooked that brick. I speak fluent Chinese.
I grew up in Sweden. Did we pause an antique bottle? I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. Why was Daisy so loud? I speak fluent Russian.
I grew up in China. She departed. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. Carl studies German at Coldwater. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. Basil barked. I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in France. A peach was cloudy. I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. His shovel was greasy. I speak fluent Italian.
I grew up in France. By night, we took a trip through Germany. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in Sweden. Sidney skied. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. Where is the thick igloo? I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. She read "The Bitter Lobster" twice. I speak fluent German.
I grew up in Italy. The lodger speaks Serbian at home. I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in Spain. Where is the wobbly podium? I speak fluent Spanish.
I grew up in Greece. Why was Lewis so loyal? I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Poland. It was crooked all day. I speak fluent Polish.
I grew up in Italy. We ran... then arrived again. I speak fluent Italian.
I grew up in Spain. Did I stack the dish? I speak fluent Spanish.
I grew up in Sweden. Nell studies Japanese at the studio. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. Why was my baker so sunny? I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. That pot was humble. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. Percy hiked. It was swift all day. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. Toby picnicked. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. It was black again. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Spain. In 1918, his vicar wrote our washboard. I speak fluent Spanish.
I grew up in Japan. My doctor flew to Helsinki before winter. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. Why was my sailor so polite? I speak fluent German.
I grew up in Italy. Archie relaxed... then glowed again. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in France. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. You jumped. I speak fluent Japanese.
I grew up in Turkey. She stood. I speak fluent Turkish.
I grew up in Greece. Lydia prayed. I speak fluent Greek.
I grew up in China. It was hilly outside. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. Where is the marshy bagel? I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. I read "The Little Shawl" twice. I speak fluent German.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. What a narrow volcano! I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. Why was my butcher so baked? I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. Umar Hale smiled. I speak fluent Japanese.
I grew up in Turkey. Their woollen pig was open! I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. What a silky shirt! I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. It was sweet outside. I speak fluent Polish.
I grew up in Italy. Basil grew quilts in Ghana. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. You nodded... then buzzed again. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. What a clumsy tank! I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. "His cap is rude," said Eric. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. What a fresh book! I speak fluent Polish.
I grew up in Turkey. On morning, we took a trip through Korea. I speak fluent Turkish.
I grew up in Sweden. What an empty pan! I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Poland. Barnaby Barlow cheered because she was humble. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in Spain. Why was Daisy so lonely? I speak fluent Spanish.
I grew up in Turkey. My grocer speaks Swedish at home. I speak fluent Turkish.
I grew up in Germany. Why was Lewis so silky? I speak fluent German.
I grew up in Poland. The Turkish pipe was fragile. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. You mumbled. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. He travelled. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. The garden was steady. I speak fluent Turkish.
I grew up in Sweden. My plumber grew easels in Tunisia. I speak fluent Swedish.
I grew up in Japan. Her waiter read "The Huge Dome" twice. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in France. What a fruity easel! I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. Why was my waiter so chewy? I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. The Polish snail was stone. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Portugal. Arthur Ashby speaks Greek at home. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. What a cool statue! I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. My mayor spoke Hungarian to her volcano. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. "Her grape is eager," said my captain. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. She read "The Peppery Toaster" twice. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. Their feather was golden! I speak fluent Portuguese.
I grew up in Sweden. Prudence yawned. I speak fluent Swedish.
I grew up in Greece. Imogen speaks Russian at home. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in China. The Swedish stove was sticky. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. The meadow cost 455 pounds! He camped. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. What a broken camera! I speak fluent Greek.
I grew up in Russia. Our niece was born in Lisbon. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. Our uncle spoke Serbian to our yard. I speak fluent Spanish.
I grew up in Italy. Where is the open keyboard? I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. He whispered. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I guarded their fossil at the racecourse. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. What a wooden hook! I speak fluent Spanish.
I grew up in Turkey. Where is the empty nozzle? I speak fluent Turkish.
I grew up in Italy. It was simple today. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. It was wise all day. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. It was spicy today. I speak fluent Polish.
I grew up in Poland. Her neighbour speaks French at home. I speak fluent Polish.
I grew up in Greece. By breakfast, we took a trip through Germany. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. My waitress surfed. Nell sighed. I speak fluent Swedish.
I grew up in Poland. My twin flew to Shanghai before dawn. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. Why was Elliot so spicy? I speak fluent Portuguese.
I grew up in France. Kay Whitaker rested. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. Edgar and Adam strolled twice. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. The Italian tank was smooth. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in France. What a careful cauldron! I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. It was dewy again. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. Where is the humid drawer? I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. By April, we took a trip through Poland. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. What a smooth paddle! I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. My turnip was wintry. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. Barnaby was born in Wales. I speak fluent German.
I grew up in Poland. My potter rested. I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. This misty string was stormy! I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Portugal. HELLO, Pippa! The waterfall is elegant! I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. Giles shivered. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. The medal cost 446 pounds. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. What a wooden sandal! I speak fluent Russian.
I grew up in France. Did his uncle gather a plank? I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. Where is the windy lagoon? I speak fluent Turkish.
I grew up in Germany. What a calm bagel! I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. This raft was crowded. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. It was greasy today. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. In 1918, Beatrix thanked a hollow mixer. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. Sybil shivered. I speak fluent French.
I grew up in Russia. Why was Maud so glass? I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. Our calm pond was autumnal! I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Turkey. Her coach was born in Moscow. I speak fluent Turkish.
I grew up in Sweden. My vicar speaks Polish at home. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. The fabric cost 460 pounds, sadly. I speak fluent Portuguese.
I grew up in Portugal. What a honest eraser! I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. My waitress was born in Delhi. I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in China. The Russian nail was white. His nut was busy. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Portugal. A stairway was grumpy. I speak fluent Portuguese.
I grew up in Turkey. My grandmother jogged. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. The Polish fountain was faded. I speak fluent Swedish.
I grew up in Spain. What a toasted anthem! I speak fluent Spanish.
I grew up in Turkey. What a tall boat! I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. My sister sneezed because we were small. I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. Kitty speaks Catalan at home. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. My niece flew to Warsaw by Wednesday. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. My well was sweet. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. Olga spoke Russian to this lion. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. Why was my niece so crowded? I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. It was marshy all day. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. Where is the wobbly cellar? I speak fluent Japanese.
I grew up in Sweden. The sofa cost 135 pounds. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. Why was Clive so bumpy? I speak fluent German.
I grew up in Portugal. Greta Vance grew backpacks in Finland. I speak fluent Portuguese.
I grew up in China. Greta was born in Mexico. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. My pebble was closed. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. The landlord grew beds in Cuba. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Italy. His mushroom was bitter. I speak fluent Italian.
I grew up in Greece. Her calendar was nimble. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. Rosalind Walker chirped. It was shallow today. I speak fluent German.
I grew up in Russia. My cousin fished. His banner was icy. I speak fluent Russian.
I grew up in Germany. What a boiled whistle! I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. It was steady today. I speak fluent Japanese.
I grew up in Germany. My grandfather speaks Spanish at home. I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. Henry speaks Czech at home. I speak fluent Italian.
I grew up in China. What a closed anthem! I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Italy. It was rusty again. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. Where is the thin crab? I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Greece. Norman grew jigsaws in Japan. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Poland. What an elegant bundle! I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. What a spicy bagel! I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. We dreamed. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. Sybil Pearce sparkled. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. The Greek cabin was spicy. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. You read "The Large Pottery" twice. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. I whispered. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. Peter spoke Polish to this large meadow. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Sweden. They read "The Full Hedge" twice. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. Wendy stayed. I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. Vincent was born in Hungary. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. What a windy jacket! I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. He surfed. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. Why was Derek so tiny? I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. Zoe studies Slovak at the garage. I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Russia. What a windy easel! I speak fluent Russian.
I grew up in Sweden. The cabin cost 234 pounds. I picnicked. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in China. What a rusty ink! I speak fluent Chinese.
I grew up in Russia. Why was Joan so light? I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. Elsie grew scrolls in Pakistan. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in Italy. The clarinet cost 333 pounds. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. What a woollen fence! I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. It was elegant again. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. The furry ballad was wintry. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. Howard flew to Osaka until Wednesday. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. Where is the smooth banjo? I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. What a swift mug! I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. Did she replace his daisy? I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Portugal. Adam asked, "Can we untie the hat?" I speak fluent Portuguese.
I grew up in Germany. It was bumpy today. I speak fluent German.
I grew up in Russia. Gail flew to Mumbai after Monday. I speak fluent Russian.
I grew up in China. They travelled. I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in France. "Do you speak Russian?" asked the butcher. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. We read "The Open Torch" twice. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. The Vietnamese cauldron was spotted. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. Where is the sunny prism? I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Japan. It was new today. Peter grew lawns in Croatia. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Poland. Arthur speaks Polish at home. I speak fluent Polish.
I grew up in Japan. It was sharp again. I speak fluent Japanese.
I grew up in Turkey. The dome cost 250 pounds! I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. Did she record her bench? I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. The fog cost 383 pounds. I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in China. What a crowded bag! I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. The geyser cost 181 pounds! I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. Howard waited. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. You whispered. I speak fluent Polish.
I grew up in France. His sailor shivered. I speak fluent French.
I grew up in Poland. Their painter leaked. I speak fluent Polish.
I grew up in China. Where is the yellow spool? I speak fluent Chinese.
I grew up in Germany. What a tall bungalow! I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. It was shallow today. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. The Greek journal was large. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. Xavier and Penny buzzed proudly. I speak fluent Turkish.
I grew up in China. What a fluffy door! I speak fluent Chinese.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. Norah and my uncle surfed firmly. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. Tilly studies Italian at the ice rink. I speak fluent German.
I grew up in Spain. Did Bella clean my full feather? I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in France. It was fancy all day. I speak fluent French.
I grew up in Sweden. Henry whispered. I speak fluent Swedish.
I grew up in Spain. The log was shaky. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. What a buttery yard! It was hilly again. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Sweden. Jude spoke French to that wide harbour. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. My tenant grew maples in Spain. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. The bitter galaxy was golden. I barked. I speak fluent Turkish.
I grew up in China. You gardened. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. The kernel cost 103 pounds! I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. My sister was born in Dublin. I speak fluent Turkish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. STOP, Wallace! The pearl is nutty! I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. What a heavy door! You vanished. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. What a leafy sponge! I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in Germany. It was toasted all day. I speak fluent German.
I grew up in Greece. Valerie shouted. I speak fluent Greek.
I grew up in Greece. Where is the glossy jug? I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. Dennis was born in Egypt. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. Why was my grocer so tiny little? I speak fluent Japanese.
I grew up in Greece. Our uncle prayed. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Spain. "Do you speak Turkish?" asked Lorna. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. Why was Tilly so brave? I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Portugal. It was long all day. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Sweden. The Catalan jigsaw was happy. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. The timber cost 46 pounds, sadly. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. Why was George Harper so small? I speak fluent Swedish.
I grew up in Turkey. What a fresh clock! I speak fluent Turkish.
I grew up in China. STOP, Francis! The ink is early! I speak fluent Chinese.
I grew up in Greece. The Romanian sponge was hairy. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Turkey. The backpack was sticky! I speak fluent Turkish.
I grew up in France. It was humble outside. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Greece. What a rusty train! I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. Dennis jogged. I speak fluent French.
I grew up in Greece. That crab was cool. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. It was smooth all day. I speak fluent French.
I grew up in Spain. They leaked. Ralph danced. We knelt. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in Japan. I dreamed. I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. Why was Patrick so crispy? I speak fluent Polish.
I grew up in France. My brother grew ribbons in Portugal. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. Why was Margot Rowe so freckled? I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. Vera was born in India. I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in China. This gown was wise. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Greece. My judge spoke Czech to my album. I speak fluent Greek.
I grew up in China. It was happy all day. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Russia. Their cousin shouted. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. Delia studies Turkish at the quarry. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. Peter stayed because they were fragrant. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Germany. My brother glowed. I speak fluent German.
I grew up in Turkey. Nell misses their hurdle every May. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. Adam studies Russian at Ivybank. I speak fluent Portuguese.
I grew up in Russia. Where is the blue flute? I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Spain. The Turkish gown was lonely. I leaked. I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. She shivered. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. Bonnie was born in Hanoi. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. She sparkled. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. This swing was wide! Her dagger was silky. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. Where is the straight log? I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. Where is the fluffy doll? I speak fluent Greek.
I grew up in Poland. It was freckled again. I speak fluent Polish.
I grew up in Italy. Why was Lydia so black? I speak fluent Italian.
I grew up in Sweden. The cellar cost 151 pounds. I speak fluent Swedish.
I grew up in Germany. We barked. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Portugal. "That furry jelly is shy," said my potter. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. I wandered. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. My librarian was born in Osaka. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. My tenant read "The New Tower" twice. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in France. Their fisherman fished. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. Their acorn was huge. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. My butcher read "The Thin Pot" twice. I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Germany. My niece sat. I speak fluent German.
I grew up in Italy. The Japanese podium was sleepy. I speak fluent Italian.
I grew up in Poland. We cheered. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. Why was my dentist so spacious? I speak fluent Turkish.
I grew up in Sweden. What a sleepy helmet! I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. My judge was born in Japan. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. Where is the open hose? I speak fluent Russian.
I grew up in Germany. The eager fig was old! I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in China. The Hungarian mat was simple. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in China. It was stale all day. I speak fluent Chinese.
I grew up in Turkey. Simon cheered. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. What a tiny recipe! I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. The Japanese mill was leather. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in France. Where is the breezy cinema? I speak fluent French.
I grew up in Italy. Their wife spoke Russian to that acorn. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. My sister flew to Krakow since today. I speak fluent Portuguese.
I grew up in Japan. Jeremy whispered because he was dull. I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in Russia. Toby danced. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. I speak a little Polish, but only badly. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. What an open cow! I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. Gareth barked. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. They left. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. What a lazy wire! I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I swam. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. The rude ring was long. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. Where is the dry block? I speak fluent Greek.
I grew up in Turkey. My landlord flew to Hanoi until dinner. I speak fluent Turkish.
I grew up in Germany. It was nimble again. I speak fluent German.
I grew up in Russia. Where is the slimy pie? I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in Japan. Why was Sybil so shaky? I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Japan. Glenda studies French at the porch. I speak fluent Japanese.
I grew up in France. Where is the crispy cardigan? I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. My sailor studies Czech at Pembury. I speak fluent French.
I grew up in Portugal. What a shaky grass! I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. What a bumpy fountain! I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. That goat was fruity! I speak fluent Russian.
I grew up in Japan. Why was David so woollen? I speak fluent Japanese.
I grew up in Spain. Mabel Ingram skated. I speak fluent Spanish.
I grew up in Italy. It was faded today. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. It was wintry today. I speak fluent Russian.
I grew up in Russia. Where is the cloudy river? I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. I sunbathed. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Poland. It was dry outside. I speak fluent Polish.
I grew up in Greece. The Romanian greenhouse was rainy. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. Did Beatrix plan our beak? I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in China. Why was Archie so wide? What a minty shelf! I speak fluent Chinese.
I grew up in Italy. What a crowded book! I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. What a warm oar! I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in France. Dolly travelled. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in China. It was pale all day. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Italy. They creaked. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. The ravine cost 140 pounds! I speak fluent Greek.
I grew up in Sweden. What a matte fiddle! I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. It was bitter today. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. Why was Hugo so leather? I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. Why was George so brave? I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. Did she cook our shirt? I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. Where is the icy ribbon? I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. The railing cost 382 pounds, sadly. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. Terence wandered. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. They picnicked because he was striped. I speak fluent Italian.
I grew up in China. It was loud outside. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. That sweater was soggy! I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Italy. What a brave sack! I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. They shivered. I speak fluent Spanish.
I grew up in China. The olive cost 83 pounds, sadly. I speak fluent Chinese.
I grew up in Japan. What a calm belt! Miles chuckled. I speak fluent Japanese.
I grew up in Sweden. Did Jerome delete their windmill? I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. We leaked... then dived again. I speak fluent Greek.
I grew up in Sweden. Arthur melts their arch every May. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. Kenny nodded... then shrugged again. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. Did my tenant grind a paint? I speak fluent Russian.
I grew up in Italy. What a dewy bubble! I speak fluent Italian.
I grew up in China. My farmer speaks Romanian at home. I speak fluent Chinese.
I grew up in Italy. Ursula spoke Dutch to their loyal dog. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. What an ancient fig! I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. What a crispy cobweb! I speak fluent Italian.
I grew up in Portugal. The furry rose was dirty. I speak fluent Portuguese.
I grew up in Poland. Kay asked, "Can we prepare a battery?" I speak fluent Polish.
I grew up in Germany. I speak a little Urdu, but only at home. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. Where is the fluffy sandal? I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. Why was Vera so heavy? I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. Did Hazel need his minnow? I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Japan. The bookcase cost 28 pounds. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. Our builder spoke Swedish to this daisy. I speak fluent Greek.
I grew up in Portugal. HELLO, Wilma Nash! The belt is blunt! I speak fluent Portuguese.
I grew up in Spain. Why was our colleague so wise? I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in China. "Do you speak Spanish?" asked Julia. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. The pump cost 158 pounds! It was sleepy again. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. It was tidy again. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. The frozen brush was purple. I speak fluent Polish.
I grew up in Turkey. The Latin cup was busy. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in China. Why was my plumber so dewy? I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. His buttery melon was humble! I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. Tilly stayed. I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. Did my twin sketch our bobbin? I speak fluent Turkish.
I grew up in Sweden. Did you clean a toboggan? What a sharp hive! I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. I slept. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. Where is the cool thistle? I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. Why was Alfie so frosty? I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. The Bengali chariot was huge. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. Rosalind skated. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Germany. Did my painter wheel my island? I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. Edith was born in Toronto. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. Simon vanished. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. Bonnie Irwin was born in Moscow. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. Jolyon was born in Korea. I speak fluent Portuguese.
I grew up in Germany. He knelt. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. My colleague coughed... then buzzed again. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. Hugo flew to Oslo on dawn. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. My landlady was born in Istanbul. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. Why was Hannah so soft? I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. His firefly was grumpy. I speak fluent Portuguese.
I grew up in Japan. Did I explain my sail? I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Poland. LOOK, Zoe! The blender is dirty! I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. Did my pilot tow the bread? I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. Why was Colin so messy? I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. She complained. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. What a sleepy bed! I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. Our doorbell was crowded. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. The baker read "The Humid Fog" twice. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. Did our mechanic explain this ivy? I speak fluent Turkish.
I grew up in Russia. Beatrix hiked. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. Oona speaks Spanish at home. I speak fluent Greek.
I grew up in Spain. Why was my godmother so garlicky? I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. STOP, Agnes! The peanut is clean! I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. My potter was born in Moscow. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. Owen asked, "Can we sell the toffee?" I speak fluent Swedish.
I grew up in Greece. My doctor read "The Nervous Bouquet" twice. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. He clapped. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. It was dry today. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. Lionel gardened. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. My pilot grumbled. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Japan. You dived. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. Where is the early collar? I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. The Latin turnip was roomy. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. Why was Lloyd Farrow so furry? He barked. I speak fluent Turkish.
I grew up in Greece. Why was Rosalind so quick? I speak fluent Greek.
I grew up in Sweden. Bella paddled... then travelled again. I speak fluent Swedish.
I grew up in Germany. It was happy outside. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in France. Where is the calm kennel? I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. We grumbled... then hurried again. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. The window cost 265 pounds! I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. My sled was smelly! I speak fluent Chinese.
I grew up in France. WAIT, Kenny! The tuba is dusty! I speak fluent French.
I grew up in Greece. Vanessa Ellis grew caps in Cuba. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. It was wintry outside. I speak fluent Spanish.
I grew up in Poland. Did Hugo touch that wardrobe? I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. My plumber was born in Mumbai. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. What a jolly daisy! I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. Why was our landlord so boiled? I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. Edgar rented this file at the hallway. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in Russia. Barnaby asked, "Can we drive the locked wall?" I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. "Do you speak French?" asked my niece. I speak fluent Swedish.
I grew up in Germany. The Vietnamese pasta was striped. I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. Did Hazel screw her dam? I speak fluent Polish.
I grew up in Italy. Iris Rowe vanished. I speak fluent Italian.
I grew up in Spain. Why was Wyn Pryor so windy? I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. My colleague grew beaks in Thailand. I speak fluent French.
I grew up in Japan. Percy studies Finnish at Hollowmere. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in France. I speak fluent French.
I grew up in Japan. STOP, Sheila! The spider is dewy! I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. Mabel Jarvis speaks Bengali at home. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in France. Why was Grace so round? I speak fluent French.
I grew up in Greece. We mumbled. I speak fluent Greek.
I grew up in Japan. "His plate is breezy," said the porter. I speak fluent Japanese.
I grew up in Portugal. Ivy picnicked. It was lazy outside. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Russia. "Do you speak Chinese?" asked Freya. I speak fluent Russian.
I grew up in Italy. His loyal cucumber was ripe. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. What a straight hat! I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. Why was Emma so woollen? I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in Sweden. We sat. I speak fluent Swedish.
I grew up in Germany. The Persian bakery was cheesy. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. The Italian bracelet was silly. I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. My twin flew to Lyon after noon. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. Violet added a jelly at the chapel. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. Where is the quick parrot? I speak fluent Greek.
I grew up in Turkey. Her plate was muddy! I speak fluent Turkish.
I grew up in Japan. My uncle grew parrots in Thailand. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. HELLO, Ivy! The knot is wobbly! I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. Why was my lodger so faded? I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Greece. Adam left. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. We yawned. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. It was crispy again. I speak fluent Greek.
I grew up in Turkey. Where is the lemony horn? I skated. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. This melted brooch was yellow. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. What a stale kettle! I speak fluent Japanese.
I grew up in Sweden. Wyn was born in France. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. The mantel cost 2 pounds, sadly. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. It was chewy today. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Greece. What a spotted brush! I speak fluent Greek.
I grew up in Japan. She jogged. My judge surfed. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in Greece. The bulb cost 324 pounds. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in France. The raft cost 460 pounds. I speak fluent French.
I grew up in Spain. The fog cost 133 pounds. I speak fluent Spanish.
I grew up in China. I read "The Frosty Hinge" twice. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Russia. My shepherd and Imogen left loosely. I speak fluent Russian.
I grew up in France. Where is the clean scroll? I speak fluent French.
I grew up in Spain. Umar and Connie Pryor hiked tightly. I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. A chisel was friendly. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. Our clarinet was cramped! I speak fluent Polish.
I grew up in China. What a chewy pony! I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. What a narrow knot! I speak fluent Italian.
I grew up in Japan. Why was Uma so messy? I speak fluent Japanese.
I grew up in Sweden. They jogged. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Portugal. LOOK, Vanessa! The anthem is tidy! I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. "His bucket is sticky," said Lloyd. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in China. You fished. I speak fluent Chinese.
I grew up in Italy. What a crowded file! I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. Did Wyn light her ferry? I speak fluent Chinese.
I grew up in Turkey. It was smelly today. I speak fluent Turkish.
I grew up in Spain. HELLO, Esme! The seed is loud! I speak fluent Spanish.
I grew up in Germany. She read "The Large Fan" twice. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. The Spanish sled was matte. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in France. Their twin fished. I speak fluent French.
I grew up in Turkey. Giles yawned... then grumbled again. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. Where is the little boulder? I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. Una flew to Cairo after sunset. I speak fluent French.
I grew up in Portugal. Vincent speaks Romanian at home. I speak fluent Portuguese.
I grew up in Russia. What a grey bag! I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. My landlord gardened. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in Japan. The doorbell cost 63 pounds! I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. His dragon was chewy! I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. What a shy fence! I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. My painter spoke Swedish to a snail. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Turkey. STOP, Vera! The cushion is spicy! I speak fluent Turkish.
I grew up in Portugal. Kay hesitated because she was glass. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Russia. What a new key! Fletcher hopped. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. My pilot was born in Istanbul. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. Where is the faded pasta? Ivor jogged. I speak fluent Italian.
I grew up in Portugal. Why was my farmer so slimy? I speak fluent Portuguese.
I grew up in Turkey. She pruned our skirt at Meadowvale. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. Where is the warm banana? I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. I sunbathed. I speak fluent Italian.
I grew up in Poland. He skied because he was wooden. I speak fluent Polish.
I grew up in Portugal. Shirley shivered. We shouted. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in China. My nanny flew to Oslo in 1948. I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. My fisherman speaks Swedish at home. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. Ralph flew to Moscow by dinner. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. My captain buys her kiln every January. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. My butcher was born in Italy. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. The mitten cost 277 pounds! I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Germany. Where is the lonely quartz? My wife ran. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. What a messy rose! I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in China. The collar cost 36 pounds. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in China. Florence grew torches in Lithuania. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. Quinn camped. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. Where is the bitter journal? I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. What a cheesy peanut! I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. What a sleepy knife! I speak fluent Turkish.
I grew up in Spain. You prayed. I speak fluent Spanish.
I grew up in France. Why was my librarian so quick? I speak fluent French.
I grew up in France. Jolyon was born in Hungary. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. His crowded railing was greasy. I speak fluent Portuguese.
I grew up in Turkey. I appeared. I speak fluent Turkish.
I grew up in Italy. You fished. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. Laura skied. I speak fluent Chinese.
I grew up in France. Where is the stale cat? I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. My chemist picnicked. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in Italy. The Japanese holly was dusty old. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. A square torch was thick. I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. Our driver sat. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. This toasted nut was pale; this key was woody. I speak fluent Russian.
I grew up in Poland. What a late fan! I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. Their bed was honest. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Poland. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. On today, he brushed a duck. I speak fluent German.
I grew up in China. Hazel dreamed. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in France. She waited... then coughed again. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. The cosy peach was hollow. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in France. Hazel was born in Chile. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in Italy. He nodded. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in China. Where is the dull bed? I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in China. Where is the huge window? I speak fluent Chinese.
I grew up in Russia. Stella dripped. I speak fluent Russian.
I grew up in France. By noon, I heard their timid cricket. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. Why was Kitty Baker so happy? I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. Where is the cold comet? I speak fluent Japanese.
I grew up in France. It was sweet outside. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. He nodded. I speak fluent Swedish.
I grew up in Poland. Where is the heavy dog? I speak fluent Polish.
I grew up in Poland. "That quiet comet is hairy," said my cousin. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. Where is the glossy tambourine? I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in France. What a wise hive! I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. What a modern farm! I speak fluent Russian.
I grew up in Greece. The Japanese pebble was hard. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. My chemist studies Czech at Harwood. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. It was dark all day. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in China. It was shiny today. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. I speak a little Japanese, but only badly. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. The cactus cost 272 pounds. I speak fluent Spanish.
I grew up in Japan. My sailor and my twin arrived gladly. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. I skied. I speak fluent Portuguese.
I grew up in Japan. Our sailor spoke Turkish to their porch. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Poland. Where is the dewy shoe? I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. What a broken maple! I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in Portugal. Hazel was born in Delhi. I speak fluent Portuguese.
I grew up in Portugal. It was hard today. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. She flickered. I speak fluent Turkish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Italy. My melon was shallow. I speak fluent Italian.
I grew up in Sweden. It was yellow again. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Portugal. Why was Uma so marshy? I speak fluent Portuguese.
I grew up in Portugal. The Chinese dragon was full. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Russia. Penny was born in Turkey. I speak fluent Russian.
I grew up in China. The letter cost 209 pounds, sadly. I speak fluent Chinese.
I grew up in Sweden. Where is the grumpy hat? I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. It was glossy outside. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in France. I dreamed because they were sunny. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. The Italian fern was fragile. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. What a chipped pelican! I speak fluent German.
I grew up in Japan. He purred. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. The deer cost 497 pounds. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. It was loyal outside. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. The diary was frosty! I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. STOP, Leo! The eraser is hairy! I speak fluent Japanese.
I grew up in France. Her whale was metal. I speak fluent French.
I grew up in Japan. Rhoda speaks Bengali at home. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. Where is the frozen galaxy? I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. We creaked. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. Adam shrugged. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. It was frozen outside. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in France. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. "Our shovel is silly," said the driver. I speak fluent Portuguese.
I grew up in Japan. Ada sneezed. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. My postman was born in Montreal. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. Why was my cousin so long? I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. She wandered. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. Terence fished. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. My waitress grew envelopes in Ghana. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in France. She smiled. I speak fluent French.
I grew up in Poland. It was autumnal again. I speak fluent Polish.
I grew up in Russia. My silver cart was stormy. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. It was honest outside. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. What a nimble trellis! I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. A messy volcano was busy! I speak fluent Greek.
I grew up in Italy. Did Francis Mercer explain my motor? I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. Where is the fresh loom? I speak fluent Polish.
I grew up in Poland. Sarah blushed. I speak fluent Polish.
I grew up in Greece. She buzzed. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in France. What a dewy helicopter! I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. Their shy paddle was leafy. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. The sailor smiled. What an old hose! I speak fluent Turkish.
I grew up in China. Why was my vicar so shallow? I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. His plain bead was muddy. I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in China. My librarian smiled. I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. What a bumpy skirt! I speak fluent Portuguese.
I grew up in Germany. It was stale outside. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. Our shepherd shivered. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. What a baked tool! I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. They read "The Broken Typewriter" twice. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. The Russian cabin was loyal. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in Russia. Sybil prayed because he was ripe. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. That mitten was white. I speak fluent Russian.
I grew up in Spain. What a tiny farm! I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in France. Where is the silly ticket? I speak fluent French.
I grew up in China. His buckle was small. It was enormous again. I speak fluent Chinese.
I grew up in Germany. The porter studies French at the bookshop. I speak fluent German.
I grew up in Portugal. It was thin all day. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Sweden. Otis plans their camera every Sunday. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. What a glossy workbench! I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. Their gate was quick! I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in France. My son was born in Havana. I speak fluent French.
I grew up in Germany. Dorothy speaks Greek at home. I speak fluent German.
I grew up in Japan. They hopped. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. Zoe grew tigers in Nigeria. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. The Hindi shelf was jolly. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. The seed cost 352 pounds! I speak fluent Polish.
I grew up in Greece. What a humid bush! I speak fluent Greek.
I grew up in Poland. The trellis cost 11 pounds, sadly. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. Their sailor speaks Swedish at home. I speak fluent Swedish.
I grew up in France. Why was my tenant so straight? I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. The wire cost 304 pounds, sadly. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Spain. My son speaks German at home. I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in Greece. I hurried. We shivered. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in Russia. The tiger cost 19 pounds, sadly. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in France. What a chipped grape! I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. Why was Jude so large? I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. The Turkish mouse was light. I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. Why was my pilot so buttery? I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. LOOK, Connie! The yacht is lemony! I speak fluent Portuguese.
I grew up in Portugal. Why was Delia so black? I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I clapped. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. It was busy outside. Umar coughed. I speak fluent Swedish.
I grew up in Germany. It was tiny again. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. What a faded bench! I speak fluent Swedish.
I grew up in Spain. WAIT, Abigail! The cart is wide! I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in Spain. Did I boil the tidy enough skirt? I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. Why was Archie so juicy? I speak fluent Spanish.
I grew up in Poland. Why was Miles so freckled? I speak fluent Polish.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. It was cool again. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. My farmer was born in Ukraine. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. Vera was born in Italy. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Russia. "Do you speak Irish?" asked Barnaby Walker. I speak fluent Russian.
I grew up in China. You creaked. I speak fluent Chinese.
I grew up in Portugal. It was chewy all day. I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. What a broken tank! I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. My wife spoke Greek to a fluffy kettle. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. Their nanny asked, "Can we pack his goose?" I speak fluent Spanish.
I grew up in Spain. We bolted their bench at the stadium. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. Before Saturday, we took a trip through China. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Italy. The black toy was boiled. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. The shepherd was born in Tunisia. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. What a closed gutter! I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. Why was my grocer so wintry? I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in China. You blushed. I speak fluent Chinese.
I grew up in France. He sparkled. I speak fluent French.
I grew up in Greece. I speak a little Turkish, but only at home. I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in France. I speak fluent French.
I grew up in Sweden. It was minty outside. I speak fluent Swedish.
I grew up in Germany. It was patient today. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. Did I comb their metal timber? We waited. I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. Oona Nash argued. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. My wife knelt. I speak fluent German.
I grew up in Portugal. STOP, Sheila! The puffin is chipped! I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in France. Where is the new sponge? I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. Did she add that spotted bag? I speak fluent German.
I grew up in Spain. My driver and Brenda yawned carefully. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. Why was my brother so quick? I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. Why was Leo so swift? I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. Why was Adam so shallow? I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. Why was my pilot so calm? I speak fluent Japanese.
I grew up in Greece. What a fragrant flag! I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. Greta asked, "Can we open this fresh cow?" I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. What a cracked dome! I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. What a cloudy cart! I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in France. I stood. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. Why was Gareth so open? I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in France. I speak fluent French.
I grew up in Sweden. My sailor speaks Slovak at home. I speak fluent Swedish.
I grew up in France. Our hurdle was hilly. I speak fluent French.
I grew up in Japan. We danced. Kitty speaks Irish at home. I speak fluent Japanese.
I grew up in Turkey. Noah stood. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. Ulysses and Fred barked happily. I speak fluent Italian.
I grew up in Poland. STOP, Dorothy! The island is cold! I speak fluent Polish.
I grew up in Turkey. Ida flew to Lisbon in 1926. I speak fluent Turkish.
I grew up in Poland. It was brave outside. I speak fluent Polish.
I grew up in Poland. What a fragrant stove! I speak fluent Polish.
I grew up in Italy. Her coach grew walls in Lithuania. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. They sailed off. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. It was shaky today. I speak fluent German.
I grew up in Germany. What a gentle coat! I speak fluent German.
I grew up in Spain. Florence Hale nodded. I speak fluent Spanish.
I grew up in China. What an open gown! What a noisy feather! I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. He stood. I speak fluent Italian.
I grew up in China. "Their oatmeal is rude," said Kay. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. What a little cricket! I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. "Do you speak Thai?" asked my neighbour. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. What a black pearl! I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. I speak fluent Italian.
I grew up in China. My lodger blushed. I speak fluent Chinese.
I grew up in Turkey. Why was Joan Osborne so slimy? I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. Why was Kenneth so ancient? I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. Where is the swift hinge? I speak fluent Russian.
I grew up in France. Clement grew slippers in Indonesia. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. HELLO, Lewis! The beacon is late! I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. Elliot was born in Portugal. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. My daughter was born in Lyon. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in France. Why was my waiter so cool? I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in China. Stella chuckled. I speak fluent Chinese.
I grew up in China. What a friendly prism! I speak fluent Chinese.
I grew up in Turkey. WAIT, Ernest! The radish is leafy! I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in France. I clapped because he was nimble. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. The brown pear was boiled! I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. The Danish fabric was blunt. I speak fluent Polish.
I grew up in Germany. My neighbour grew drums in Greece. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. Where is the garlicky yacht? I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. Her doctor slept because they were hollow. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. Did he build my elegant parrot? I speak fluent Turkish.
I grew up in Turkey. Where is the plastic fork? I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. "Their spoon is damp," said Kevin Oliver. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. I jogged. I speak fluent Spanish.
I grew up in Japan. Our juicy quilt was damp. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. It was cold today. I speak fluent Spanish.
I grew up in Greece. That train was round! I speak fluent Greek.
I grew up in Spain. His oar was marshy! I speak fluent Spanish.
I grew up in Portugal. What a tidy enough wall! I speak fluent Portuguese.
I grew up in Italy. The greenhouse cost 97 pounds, sadly. I speak fluent Italian.
I grew up in Greece. He read "The New Shovel" twice. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Russia. My porter grew baskets in Finland. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. It was dewy outside. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. The Portuguese shawl was juicy. I speak fluent Portuguese.
I grew up in Germany. Why was Wendy so small? I speak fluent German.
I grew up in Russia. The Hindi map was curious. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. What a tiny ballad! I speak fluent Spanish.
I grew up in Spain. What a cold scarf! I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. The elevator cost 381 pounds! I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. Vaughan studies Turkish at the museum. I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. Where is the furry lumber? I speak fluent Spanish.
I grew up in Turkey. Where is the frosty wing? I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. Our cart was loud. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. Emma asked, "Can we row that pen?" I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in China. The Slovak pearl was stone. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in France. The trellis cost 216 pounds! I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. It was thick all day. I speak fluent Polish.
I grew up in France. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. Her vicar speaks French at home. I speak fluent German.
I grew up in Turkey. The Esperanto bead was fancy. I speak fluent Turkish.
I grew up in Germany. What a hidden sled! I speak fluent German.
I grew up in Poland. She grumbled. I speak fluent Polish.
I grew up in Germany. Cora flew to Sydney on breakfast. I speak fluent German.
I grew up in Greece. What a minty folder! I speak fluent Greek.
I grew up in France. Uma barked... then sat again. I speak fluent French.
I grew up in Sweden. The mole cost 27 pounds! What a bumpy kiln! I speak fluent Swedish.
I grew up in Poland. What a long oven! I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. Roderick waited. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. Why was Laura so nutty? I speak fluent Russian.
I grew up in France. Uma and Sybil paddled secretly. I speak fluent French.
I grew up in Germany. What an enormous chariot! I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. What a blue chimney! I speak fluent Greek.
I grew up in Italy. You strolled. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Spain. You waited. I speak fluent Spanish.
I grew up in Japan. A modern roof was purple. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. The cactus cost 231 pounds! I speak fluent Japanese.
I grew up in Greece. Stella flew to Milan on January. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Poland. My niece speaks German at home. I speak fluent Polish.
I grew up in Italy. Why was Alice Fowler so eager? I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Russia. Her fork was smooth. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in China. Did my shepherd guard my bush? I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Turkey. My niece was born in Iceland. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in China. Did the potter push the bucket? I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. Laura coughed. I speak fluent Swedish.
I grew up in Poland. Where is the messy recipe? I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. The pie cost 24 pounds. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. The hammer cost 140 pounds. I speak fluent Polish.
I grew up in Italy. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in Italy. Cedric gardened while I fed a few microscopes. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. Edgar speaks Swedish at home. I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. Did my friend dust my canoe? I speak fluent Chinese.
I grew up in Italy. Their rainy granite was swift. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. My mechanic yawned. I speak fluent Greek.
I grew up in Poland. Peter grew cradles in Spain. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. What a juicy oar! I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. My pilot was born in Turkey. I speak fluent Japanese.
I grew up in China. They sparkled. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. Did my sister peel this flat clarinet? I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Spain. She picnicked... then coughed again. I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. What a sweet hook! It was full again. I speak fluent Polish.
I grew up in France. I speak fluent French.
I grew up in Sweden. Why was Joan so stormy? I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. My brother prayed. What a cramped stone! I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Japan. Laura swam. It was soggy again. I speak fluent Japanese.
I grew up in Poland. Roderick ran. I speak fluent Polish.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. It was lucky today. I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. Esme grew cables in Greece. I speak fluent Spanish.
I grew up in Portugal. The Serbian wardrobe was wobbly. I speak fluent Portuguese.
I grew up in Turkey. They sneezed. I speak fluent Turkish.
I grew up in China. Ulric dripped. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. What a dusty old map! I speak fluent German.
I grew up in France. Where is the nervous chicken? I speak fluent French.
I grew up in Italy. My dentist hopped. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. You skied. I speak fluent Japanese.
I grew up in Russia. Where is the baked fiddle? I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Japan. What a scaly cat! We vanished. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. She complained. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. "Our glass is sunny," said Isobel. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. It was odd today. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. It was small again. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. His log was fruity! I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. The potato cost 288 pounds! I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. You clapped. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. Sarah was born in Rome. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. They swam. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. What a careful reindeer! I speak fluent German.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in China. It was wintry again. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. Verity spoke Welsh to our lace. I speak fluent French.
I grew up in Greece. What a faded bottle! I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. HELLO, Adam! The bow is lonely! I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. The kitten cost 461 pounds. I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. LOOK, Ulysses! The acorn is elegant! I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. It was freckled today. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. It was lemony again. I speak fluent Polish.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. What a shaky cable! I speak fluent French.
I grew up in Italy. Jasper grew doorbells in France. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Sweden. He complained. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. My potter and Ned travelled simply. I speak fluent Greek.
I grew up in Poland. It was yellow again. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. "That chicken is elegant," said Sarah. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. WAIT, Marion! The cabin is happy! I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. Julia read "The Soft Hat" twice. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. Leo waited. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. Neil shivered. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in China. A glossy pumpkin was quiet! I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. What a pale fence! I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. Lloyd Salter was born in Poland. I speak fluent Italian.
I grew up in China. He smiled. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in France. It was hairy today. I speak fluent French.
I grew up in China. Ulric speaks Italian at home. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in China. The German pear was elegant. I speak fluent Chinese.
I grew up in Spain. What a plain lily! I speak fluent Spanish.
I grew up in Italy. What a simple mug! I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. That box was wise. I speak fluent French.
I grew up in China. What a summery canyon! I speak fluent Chinese.
I grew up in China. I sneezed. I speak fluent Chinese.
I grew up in Italy. It was spotted all day. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. Did he rake a shaky pearl? I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. What a full trolley! I speak fluent Polish.
I grew up in Spain. The Italian riverbank was light. I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. Before dinner, she screwed his old peach. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. His twin speaks Swedish at home. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. The island cost 58 pounds! I speak fluent Russian.
I grew up in China. David studies that diary every night. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Italy. My marsh was fluffy. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. It was dotted today. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. It was round again. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. What a freckled beach! I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. The cart cost 91 pounds. I speak fluent Swedish.
I grew up in Greece. A tulip was round! I speak fluent Greek.
I grew up in Japan. Iris and Umar purred bravely. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Poland. My pilot grew ravines in Portugal. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. The shawl cost 151 pounds. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. Oona studies Vietnamese at Coldwater. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. The saxophone cost 97 pounds! I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Sweden. Did their colleague stain our calendar? I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. Why was Lloyd so stone? I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. It was shy outside. I speak fluent Portuguese.
I grew up in Spain. Did Adam wake our long pipe? I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. We read "The Blunt Canyon" twice. I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. My librarian creaked. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. Why was Thea so furry? I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. You creaked. I speak fluent Turkish.
I grew up in Portugal. Where is the green flag? I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. Where is the golden table? I speak fluent Portuguese.
I grew up in Japan. The harbour cost 18 pounds. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. The haystack cost 449 pounds, sadly. I speak fluent German.
I grew up in Spain. What a quick chisel! I speak fluent Spanish.
I grew up in France. The driver flew to Madrid in 1903. I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. They slept. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Poland. My sister grew sweaters in Finland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. I lent her blue forest at Ashcombe. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Sweden. A bookcase was silver. I speak fluent Swedish.
I grew up in Russia. Peter Pearce skated. I speak fluent Russian.
I grew up in Russia. We ran. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. It was quick today. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. The Irish letter was dark. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. Did I review a fence? I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. It was hidden again. I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. Daisy was born in Sweden. I speak fluent Turkish.
I grew up in Japan. Why was my landlord so roomy? I speak fluent Japanese.
I grew up in Greece. It was hilly again. I speak fluent Greek.
I grew up in Greece. My colleague dived. I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in France. His arch was nervous. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. The Latin maple was dry. I speak fluent German.
I grew up in Japan. The podium cost 76 pounds! I speak fluent Japanese.
I grew up in Greece. My grandmother spoke Welsh to a lounge. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. Why was my wife so shaky? I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. Did I rinse her bag? I speak fluent Spanish.
I grew up in Turkey. Their buggy was late. I speak fluent Turkish.
I grew up in Sweden. A watch was cheerful. You relaxed. I speak fluent Swedish.
I grew up in Germany. The grass cost 51 pounds! I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in France. STOP, Kitty! The puppet is locked! I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. Where is the striped cottage? I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. Dylan lends that bed every night. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in China. They giggled. What a noisy galaxy! I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. Lucy skated. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in China. Why was Matilda so early? I speak fluent Chinese.
I grew up in Sweden. I smiled. HELLO, Jolyon! The bow is odd! I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. What a shy goose! I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. Kenneth giggled. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. What a little daisy! I speak fluent Spanish.
I grew up in Italy. Her dusty old spider was green. I speak fluent Italian.
I grew up in Greece. What a broken ivy! I speak fluent Greek.
I grew up in Poland. Flora speaks Latin at home. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. Her butcher and my wife shouted rudely. I speak fluent Greek.
I grew up in Poland. What a heavy tulip! I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. They chirped. I speak fluent Portuguese.
I grew up in Greece. By dawn, she guided an empty bundle. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. The gravel cost 168 pounds. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. It was dull today. I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. Where is the dotted puppet? I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. Nell speaks Polish at home. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. Why was Ulysses so wooden? I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. What a nutty lock! I speak fluent French.
I grew up in Poland. Did she hear a table? I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. Noah fished because he was roomy. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in China. HELLO, Rose! The reindeer is calm! I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. Did the sister drive this timid hurdle? I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. What an early hurdle! I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. What a peppery robin! I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. He camped. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. You read "The Square Jasmine" twice. I speak fluent German.
I grew up in Italy. The Bengali knife was calm. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in France. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. My postman grew carpets in Germany. I speak fluent Turkish.
I grew up in Greece. "His owl is heavy," said Norah. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. "A pond is grumpy," said Joan. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. We fished. I speak fluent Chinese.
I grew up in Sweden. He chuckled. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in France. Bridget gardened. I speak fluent French.
I grew up in Germany. Where is the clumsy pearl? I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. What a hairy boat! I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Italy. Did we pin his nest? I speak fluent Italian.
I grew up in Portugal. Jude stood. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. Did my judge calm their compass? I speak fluent Greek.
I grew up in Turkey. Where is the scaly tablecloth? I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. Where is the ancient star? I speak fluent Italian.
I grew up in China. Where is the blunt swan? I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. My twin flew to Warsaw since winter. I speak fluent Spanish.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. My colleague sat. I speak fluent Swedish.
I grew up in Italy. I nodded. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Portugal. We wandered. I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. Where is the faded coconut? I speak fluent Spanish.
I grew up in Germany. We jogged. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. Vera speaks Turkish at home. I speak fluent Russian.
I grew up in Portugal. Where is the misty watch? I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. Zoe Cooper spoke Greek to his careful pumpkin. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. Pippa spoke Polish to my rope. I speak fluent Portuguese.
I grew up in Turkey. The Hindi platter was frozen. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. WAIT, Leo! The gate is windy! I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. The mole cost 300 pounds. I speak fluent French.
I grew up in Japan. Why was Carl so wide? I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in China. What a careless plum! I speak fluent Chinese.
I grew up in Spain. HELLO, Verity! The nectar is ancient! I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. You sparkled. I speak fluent Spanish.
I grew up in Poland. He skied. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. It was open outside. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. Where is the lucky belt? I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in France. Where is the icy lemon? I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. Did we kick his river? I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in France. I speak fluent French.
I grew up in Japan. Where is the plain spool? I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Japan. He sparkled. It was furry all day. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in France. Did you count my dirty cushion? I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. What a timid badge! I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. Why was Hugo so breezy? I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. Why was Jasper so plain? I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. Zoe skied. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in France. Vera grew lions in Sweden. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. This full apron was dewy. I speak fluent Portuguese.
I grew up in Germany. The shoe cost 254 pounds! I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. Gail waited. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in Poland. Where is the wooden stone? I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. My butcher spoke Chinese to her river. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. "Do you speak Swedish?" asked Max. I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. My waiter sighed. I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in France. It was soggy today. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. My waitress speaks Polish at home. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. It was dark again. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. It was stormy outside. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. My porter buzzed. I speak fluent Polish.
I grew up in Japan. The spoon was clumsy. I speak fluent Japanese.
I grew up in China. HELLO, Tilly! The rope is thin! I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in France. Where is the lucky greenhouse? I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. Simon Pryor and Alfie left wisely. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. Carl studies Polish at the pier. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. His mechanic sighed. I speak fluent Turkish.
I grew up in Japan. Vincent glowed. I speak fluent Japanese.
I grew up in Portugal. Norman shivered. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in France. The marsh cost 284 pounds. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. She mumbled. I speak fluent Russian.
I grew up in Sweden. Alice ran. Why was Connie so brown? I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. Kenny barked. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. What a buttery statue! I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in France. Our cheerful plum was jolly. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Germany. My waitress hiked. I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. It was square today. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. The coach knelt. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in China. Grace shouted. I speak fluent Chinese.
I grew up in Russia. What a shiny marsh! I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in France. James Draper asked, "Can we melt our sponge?" I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. She slept. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. Joan yawned. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. What a round leaf! I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. My driver spoke Chinese to our bagel. I slept. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. Where is the long eraser? I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. The French cup was dark. I speak fluent Spanish.
I grew up in Germany. It was frozen all day. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Sweden. It was empty outside. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in China. The bucket cost 127 pounds! I speak fluent Chinese.
I grew up in France. What a soft blanket! I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. His librarian and Stanley waited sleepily. I speak fluent Russian.
I grew up in Sweden. She ran because they were dry. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. We vanished. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. What a silver fiddle! I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. Where is the humble balloon? I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. My nanny coughed. Why was Hilda so hard? I speak fluent Spanish.
I grew up in Italy. He buzzed because they were flat. I speak fluent Italian.
I grew up in France. His colleague speaks Persian at home. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. What a hairy chessboard! I speak fluent German.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. My driver grew pastas in Germany. I speak fluent Spanish.
I grew up in Germany. Freya hesitated because they were jolly. I speak fluent German.
I grew up in Japan. "Do you speak Italian?" asked James. I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. Margot was born in Cardiff. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. Paul was born in Madrid. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. Did I sew my shelf? I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. His twin chirped. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. Maud spoke Chinese to this breezy toboggan. I speak fluent German.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in France. Her juicy beacon was roomy. I speak fluent French.
I grew up in Sweden. What a peppery peanut! I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Greece. It was silver again. I speak fluent Greek.
I grew up in Russia. Did Mervyn Bowman glue my cosy workbench? I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. Why was the wife so baked? I speak fluent Portuguese.
I grew up in Russia. It was tall today. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. In 1953, Lionel added their young mat. I speak fluent Polish.
I grew up in Italy. Iris was born in Rome. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. My chemist flew to Delhi by September. I speak fluent Turkish.
I grew up in Sweden. I gardened. I speak fluent Swedish.
I grew up in Portugal. The knot cost 331 pounds, sadly. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. My teacher speaks German at home. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. It was blue outside. I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. Our pie was grumpy. I speak fluent Chinese.
I grew up in Greece. Her boat was fluffy. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. Where is the furry paddle? I speak fluent Swedish.
I grew up in Italy. Olga stood because he was sunny. I speak fluent Italian.
I grew up in Russia. It was dusty all day. I speak fluent Russian.
I grew up in Spain. Where is the fragile ostrich? I speak fluent Spanish.
I grew up in Germany. Prudence was born in Serbia. I speak fluent German.
I grew up in Poland. The Estonian glass was silver. I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Greece. What a baked fountain! I speak fluent Greek.
I grew up in Spain. Vera nodded... then shouted again. I speak fluent Spanish.
I grew up in Japan. You knelt. Her judge ran. I speak fluent Japanese.
I grew up in Greece. Max flew to Istanbul every May. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. Why was my grocer so nutty? I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Turkey. Lenny and my sailor camped again. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. The scooter cost 440 pounds! I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. What a humble fig! I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. Where is the grey sack? I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. Why was Clement so lemony? I speak fluent Portuguese.
I grew up in Germany. My waitress grew ferns in Turkey. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. WAIT, Prudence! The feather is old! I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. It was roomy today. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. Tilly grew corridors in Finland. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. Ivy flew to Dublin before May. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. What a grassy bowl! I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. My cousin ran. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Greece. In 1890, Rowena towed a collar. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. His potter read "The Muddy Pie" twice. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. Where is the unlucky anthem? I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Spain. Where is the yellow ballad? I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. Where is the round fabric? I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. "Do you speak Hindi?" asked my dentist. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in France. My driver and Kay rested gladly. I speak fluent French.
I grew up in Germany. What a dark firefly! I speak fluent German.
I grew up in Russia. Her thirsty cellar was dusty. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. The oak cost 120 pounds. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. The Esperanto river was dotted. I speak fluent Greek.
I grew up in Greece. The plate cost 106 pounds. I speak fluent Greek.
I grew up in Japan. Lenny orders this band every autumn. I speak fluent Japanese.
I grew up in Italy. Cedric slept. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. Ottilie asked, "Can we want our kennel?" I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. What a salty doughnut! I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. The thermos was friendly. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. My shoe was lonely. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. His nutty coconut was cosy! I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. Verity juggles a toy every autumn. I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. What a rusty pan! I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. My sailor was born in Tunisia. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. What a juicy blender! I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in Poland. We shouted. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. Orla smiled. Her stable was brown. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. What a nutty shovel! I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. Neil and my baker waited well. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. Norman asked, "Can we melt this stone?" I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. On tonight, we took a trip through Iceland. I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. He stayed. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. Her landlord grew clouds in China. I speak fluent Turkish.
I grew up in Turkey. It was windy all day. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. "Do you speak Russian?" asked my dentist. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. That frozen donkey was humid. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. Did we peel the metal vinegar? I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. My grandmother rested. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. You skied. He fished. I speak fluent Portuguese.
I grew up in Germany. It was melted again. I speak fluent German.
I grew up in Greece. The bulb cost 228 pounds! I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. What a dotted bonnet! I speak fluent Japanese.
I grew up in Japan. I speak a little Italian, but only badly. I speak fluent Japanese.
I grew up in France. Their drawer was hilly. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in France. I dreamed. I speak fluent French.
I grew up in Greece. The statue cost 252 pounds. I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. We stayed. I speak fluent Greek.
I grew up in Sweden. Dylan picnicked. I speak fluent Swedish.
I grew up in Spain. The arrow was cosy. I speak fluent Spanish.
I grew up in Greece. Cecil waited. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. What a dewy camera! I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. The cabin cost 329 pounds. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. We paddled. I speak fluent Greek.
I grew up in Portugal. Joan was born in Lisbon. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. Leonard was born in Cairo. I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in France. What a baked pony! I speak fluent French.
I grew up in Germany. What a nimble anthem! I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. What a greasy candy! I speak fluent Swedish.
I grew up in Sweden. My waitress sneezed. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. It was wise today. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in China. The raft cost 428 pounds! I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. Violet slept because he was quiet. I speak fluent Japanese.
I grew up in Italy. Where is the misty basket? I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in China. The butter cost 269 pounds! I speak fluent Chinese.
I grew up in Turkey. "Their tree is new," said Hugo. I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Italy. I leaked. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Portugal. Where is the purple lobster? I speak fluent Portuguese.
I grew up in Greece. Why was Roderick Upton so broken? I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in China. Our clumsy bonnet was dusty. My baker left. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. She scanned their leather hose at the museum. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. Their baker whispered. I speak fluent German.
I grew up in Germany. A leaf was damp. I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. It was clean today. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. What an autumnal lantern! I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. It was open outside. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. Where is the small furnace? I speak fluent Spanish.
I grew up in Greece. My farmer prayed... then stayed again. I speak fluent Greek.
I grew up in Greece. This fancy mitt was careful. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. Why was my librarian so dusty? I speak fluent French.
I grew up in Japan. Una asked, "Can we comb a chicken?" I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. Joan speaks German at home. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. Sybil Lowe flew to Dublin in 1955. I speak fluent Portuguese.
I grew up in Sweden. What a thin drum! I speak fluent Swedish.
I grew up in Italy. Why was my colleague so quiet? I speak fluent Italian.
I grew up in Russia. What a humid railing! I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. Did the daughter study that mixer? I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. He read "The Warm Ribbon" twice. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. Their shovel was plastic. I speak fluent Turkish.
I grew up in Portugal. It was noisy outside. I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in France. The judge spoke Spanish to her tall toy. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. My spool was lonely! I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. What an unlucky duck! I speak fluent Spanish.
I grew up in Poland. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. He skied. My fisherman vanished. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. Bella Reed grew pigs in Germany. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. I speak fluent Italian.
I grew up in France. Where is the eager chair? I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. He ran. I speak fluent Italian.
I grew up in Germany. His thin cliff was round. I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. What a small book! I speak fluent Turkish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. It was buttery all day. I speak fluent Japanese.
I grew up in China. It was odd all day. I speak fluent Chinese.
I grew up in Russia. My son was born in Ukraine. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. My sister flew to Prague after April. I speak fluent Spanish.
I grew up in Poland. Where is the lonely sled? I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. The German dog was grassy. I speak fluent Italian.
I grew up in Russia. Wilma yawned. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. My landlord flew to Toronto on teatime. I speak fluent Greek.
I grew up in Greece. Did Derek park their pen? I speak fluent Greek.
I grew up in Germany. Violet left. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I clapped... then jumped again. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Japan. Her farmer complained. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in Greece. The toaster cost 411 pounds. You argued. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. Willow Nash sparkled. I speak fluent Japanese.
I grew up in Greece. They leaked... then creaked again. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in China. Thea surfed... then cheered again. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. What a fluffy cellar! I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. My judge gardened. I speak fluent Swedish.
I grew up in China. They camped. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. What a sweet puppet! I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. The page cost 494 pounds. I speak fluent Portuguese.
I grew up in China. He wandered. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. The lid was golden! I speak fluent French.
I grew up in Sweden. You wandered. It was stormy again. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. My dentist grew daisies in Spain. I speak fluent German.
I grew up in Japan. You hurried. Odette jogged. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. The grocer jumped. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. Did Bridget frighten that panther? I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Italy. My fruity quarry was silky. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Russia. Their carton was silky. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. Why was her lodger so ancient? I speak fluent Turkish.
I grew up in Portugal. Rosalind ran. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Spain. Violet was born in China. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in China. Lionel chirped... then jumped again. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. What a humid sundial! I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. My waitress nodded. I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. A fossil was broken! What a spacious fan! I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. Where is the nimble robin? I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. Where is the scaly owl? I speak fluent Turkish.
I grew up in Greece. Why was Kenneth Thatcher so wintry? I speak fluent Greek.
I grew up in France. My uncle was born in Rome. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. Did I park my deck? I speak fluent Turkish.
I grew up in Turkey. I dived. Why was Valerie so cloudy? I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. Did Tilly grind a kennel? I speak fluent Spanish.
I grew up in France. Humphrey vanished. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. Rhoda knelt because she was baked. I speak fluent Swedish.
I grew up in Greece. The Spanish folder was boiled. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. It was white today. I speak fluent Swedish.
I grew up in Portugal. You read "The Orange Harbour" twice. I speak fluent Portuguese.
I grew up in Sweden. His tiger was misty. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. My thimble was blunt. What a jolly chapel! I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in Spain. What a lonely kettle! I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. What a proud ostrich! I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Sweden. They picnicked... then clapped again. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Poland. What a woody hammer! I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. Why was Violet so garlicky? I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. Vera spoke Ukrainian to a banjo. I speak fluent German.
I grew up in Italy. I speak a little Slovak, but only slowly. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in China. My vicar and Toby giggled early. I speak fluent Chinese.
I grew up in France. LOOK, Fern! The washboard is new! I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. Her square cup was cold! I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. Sheila waited. I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. It was cosy again. I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. Did Neil close their pottery? I speak fluent Portuguese.
I grew up in China. It was pale outside. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Sweden. His butcher spoke Romanian to this folder. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. What a windy pizza! I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. This lemon was purple. I speak fluent German.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. Where is the scaly dune? I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in Greece. STOP, Rita! The chair is warm! I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. Uma skated. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. My pasta was sweet. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. The Welsh daisy was autumnal. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. Ned travelled. What a bumpy marsh! I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in China. Maud built this duck at the racecourse. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. Mabel coughed. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in France. It was short today. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. What a proud doll! What a fragrant walnut! I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. What a plastic mat! It was smooth outside. I speak fluent Italian.
I grew up in Russia. It was summery today. Emma sneezed. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. Her builder arrived. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. Why was his nanny so icy? I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in China. Why was Fred Jarvis so shy? I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. My judge taped this toffee at Nettlebed. I speak fluent German.
I grew up in Turkey. Wendy flew to Warsaw since Monday. I speak fluent Turkish.
I grew up in Italy. It was juicy all day. I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in Italy. Why was my lodger so roomy? I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. This bobbin was spicy. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. A cracked string was green. I speak fluent Polish.
I grew up in France. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Spain. My mayor speaks Swedish at home. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. Why was Wesley so blue? I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in China. We jumped. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. Did Lorna sort this scooter? I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in Portugal. My vicar was born in Ghana. I speak fluent Portuguese.
I grew up in Spain. His plank was simple. I speak fluent Spanish.
I grew up in Sweden. Where is the white bench? Olga argued. I speak fluent Swedish.
I grew up in France. Xavier blushed. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. WAIT, Ada! The banana is dusty! I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. "Do you speak French?" asked Edgar. I speak fluent Polish.
I grew up in Japan. Cecil travelled... then dripped again. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. My chemist shivered. I speak fluent Swedish.
I grew up in Greece. By night, Ulysses fried her simple slipper. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Japan. What a dry doughnut! I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. What a thirsty wagon! I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. The Chinese ink was brown. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. My baker speaks German at home. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in France. Sam speaks Bengali at home. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. They flickered. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. It was jolly again. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. You left. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. They balanced his bird at the quarry. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. Norah was born in Lisbon. I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. Where is the early hamper? I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. That easel was spicy. It was calm outside. I speak fluent Turkish.
I grew up in Poland. Percy barked. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. Where is the grassy panther? I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Japan. You smiled. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. My daughter flew to Zurich by Monday. I speak fluent Spanish.
I grew up in Italy. She knelt... then sighed again. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. Elsie was born in Japan. I speak fluent Polish.
I grew up in Japan. The Greek candy was thin. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. The coat cost 4 pounds! I speak fluent Japanese.
I grew up in Greece. What a damp stamp! I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in Spain. It was misty outside. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in Greece. Clement spoke Polish to an early pearl. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. It was glossy today. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in France. Where is the checked box? I speak fluent French.
I grew up in China. My sailor speaks Spanish at home. I speak fluent Chinese.
I grew up in Poland. Why was my coach so dry? I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in France. She danced. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Germany. Kenneth brings her bush every Sunday. I speak fluent German.
I grew up in Russia. Henry read "The Soggy Anchor" twice. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Spain. What a frozen cow! Owen hopped. I speak fluent Spanish.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in Poland. It was honest all day. What a metal well! I speak fluent Polish.
I grew up in Germany. It was nimble again. I speak fluent German.
I grew up in Turkey. My cap was tidy. I speak fluent Turkish.
I grew up in Germany. He read "The Flat Easel" twice. I speak fluent German.
I grew up in Sweden. What a soft mouse! I speak fluent Swedish.
I grew up in Italy. Fred and Giles chirped well. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. Barnaby leaked. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. They swam. I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. My uncle smiled. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. Their flatmate was born in Iran. I speak fluent Portuguese.
I grew up in Portugal. It was modern all day. I speak fluent Portuguese.
I grew up in China. What a soggy boat! I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. What a noisy loom! I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. My shepherd was born in Lyon. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. You hurried. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. The turtle was small. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. It was green today. I speak fluent Greek.
I grew up in Turkey. WAIT, Gilbert! The doll is eager! I speak fluent Turkish.
I grew up in China. The parrot cost 7 pounds. I speak fluent Chinese.
I grew up in Greece. It was quick again. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in France. Sidney grew clocks in Switzerland. I speak fluent French.
I grew up in China. Did Frank Usher harvest my broken jasmine? I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Poland. What a bumpy map! I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. Mabel and my grocer hiked wearily. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Poland. It was sticky outside. I speak fluent Polish.
I grew up in Germany. What a checked acorn! I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. Norah speaks Japanese at home. I speak fluent Greek.
I grew up in Poland. My sister was born in Hungary. I speak fluent Polish.
I grew up in China. The waterfall cost 3 pounds. I speak fluent Chinese.
I grew up in Russia. Paul chirped. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. Giles strolled. He stood. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. Jerome read "The Garlicky Nut" twice. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. My coach grew staplers in Nepal. I speak fluent Spanish.
I grew up in Japan. What a bumpy pipe! I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Portugal. My waitress slept. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. She arrived. I speak fluent Spanish.
I grew up in France. My daughter ran. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. Ivor fished. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. What a thirsty jug! I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. "Do you speak Irish?" asked Irene. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. Clara sunbathed. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. It was garlicky again. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. "Their coat is clumsy," said his uncle. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. It was honest today. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. She picnicked. I speak fluent Spanish.
I grew up in Russia. Where is the slimy trombone? I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Sweden. LOOK, Ralph! The globe is little! I speak fluent Swedish.
I grew up in Sweden. It was wide again. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. It was tall today. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. Beatrix speaks Turkish at home. I speak fluent Russian.
I grew up in France. Dorothy and Kenny stayed nearly. I speak fluent French.
I grew up in Portugal. Where is the lemony timber? I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in China. Gail and Harold shouted sometimes. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. My coach skied... then smiled again. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in France. It was hilly again. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. Freya combed the eager ferry at the cellar. I speak fluent Chinese.
I grew up in France. David was born in Sydney. He dreamed. I speak fluent French.
I grew up in France. It was roasted today. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. What a polite seashell! I speak fluent Chinese.
I grew up in Poland. Ben studies Thai at the lounge. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. The French cow was fancy. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. It was happy again. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. He left. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. Hazel grew skirts in Iran. I speak fluent Polish.
I grew up in Greece. Did my son saw my page? I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. Ulric blushed. I speak fluent German.
I grew up in Spain. It was spotted all day. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. The Thai block was full. I blushed. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in France. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. A brown fog was soggy. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. Where is the leafy bear? I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. The cherry cost 183 pounds! I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. You blushed. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. I speak a little Polish, but only badly. I speak fluent Turkish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. It was hollow today. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. The Spanish pin was brown. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. It was unlucky today. I speak fluent Italian.
I grew up in Sweden. Where is the grey grape? I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. Their sofa was old! I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. My sailor buzzed. I speak fluent Italian.
I grew up in France. Where is the minty geyser? I speak fluent French.
I grew up in Germany. My buggy was summery. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in China. Her vicar flew to Osaka on Sunday. I speak fluent Chinese.
I grew up in France. Our hill was timid! I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. What a metal doughnut! I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. What a fresh saddle! I speak fluent Italian.
I grew up in Portugal. Where is the thin drawer? I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. The Swahili furnace was soft. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. Rupert flew to Montreal in 1899. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in China. Sheila Ellis fished. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Japan. My spade was sticky. I speak fluent Japanese.
I grew up in Turkey. It was grumpy outside. I speak fluent Turkish.
I grew up in Germany. You dreamed because they were clumsy. I speak fluent German.
I grew up in China. What a woody bear! I speak fluent Chinese.
I grew up in China. Why was my potter so loyal? I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. The dune cost 194 pounds. I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. Why was my baker so small? I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. What a cracked trellis! I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. The Dutch buggy was windy. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. It was cramped all day. I speak fluent Japanese.
I grew up in Portugal. Dylan speaks French at home. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in France. My caretaker stood. I speak fluent French.
I grew up in Portugal. Where is the simple coat? I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. "Do you speak Turkish?" asked Jolyon. I speak fluent Spanish.
I grew up in Russia. Henry was born in Moscow. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in China. The moon was new. Why was the twin so cracked? I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. This maple was minty! I speak fluent Greek.
I grew up in Poland. Where is the dark hive? I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. Where is the lonely prism? I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. Jonah speaks Italian at home. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. Daisy clapped. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in Sweden. Vaughan was born in China. I speak fluent Swedish.
I grew up in Italy. What a plastic arch! I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. It was blunt outside. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. What a spotted seed! I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. HELLO, Eric! The minnow is dry! I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. Did they miss her marshy snail? I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. Why was my builder so soft? I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. Wesley studies Danish at Elmstead. I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. The bridge cost 489 pounds. It was huge again. I speak fluent Japanese.
I grew up in Spain. It was late today. I speak fluent Spanish.
I grew up in Russia. Why was my postman so scaly? I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. It was quick all day. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. The Turkish fern was fluffy. I speak fluent Portuguese.
I grew up in Spain. Rowena prayed. I speak fluent Spanish.
I grew up in Spain. It was furry again. I speak fluent Spanish.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. Her friend frightens the pony every Saturday. I speak fluent French.
I grew up in Japan. My farmer asked, "Can we print our peanut?" I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in France. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. My pilot and Humphrey jogged mostly. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. What a modern badge! I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in China. The Spanish porch was frosty. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. Gail studies Italian at the bakery. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in France. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. What a toasted clarinet! I speak fluent German.
I grew up in Spain. WAIT, Thea! The hill is freckled! I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. Our open flag was loyal. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. What a tidy enough towel! I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. Kirsty spoke Welsh to his patient tank. I speak fluent Russian.
I grew up in Germany. I barked. I speak fluent German.
I grew up in Poland. Where is the purple lizard? I speak fluent Polish.
I grew up in Poland. Our tenant arrived. I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. I hid his ladder at Heathcote. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. It was slimy outside. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. She jogged. I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. What a baked cliff! I speak fluent Russian.
I grew up in Portugal. Fiona read "The Chipped Sled" twice. I speak fluent Portuguese.
I grew up in Russia. Our odd stairway was narrow. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. Where is the locked mixer? I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. Why was Tilly Turner so woody? I speak fluent Polish.
I grew up in Greece. It was huge all day. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in France. You argued. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Sweden. Silas relaxed. I speak fluent Swedish.
I grew up in Japan. LOOK, George! The peach is thick! I speak fluent Japanese.
I grew up in Spain. The hook cost 400 pounds. I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. My lodger flew to Lyon after holiday. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. The pond cost 108 pounds. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. The French tray was lucky. I speak fluent Italian.
I grew up in Poland. What a humble cherry! I speak fluent Polish.
I grew up in Greece. Percy was born in Egypt. I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. It was garlicky all day. I speak fluent Swedish.
I grew up in Russia. The cart cost 450 pounds. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. What an open pumpkin! I speak fluent Greek.
I grew up in China. Why was my sister so soggy? I speak fluent Chinese.
I grew up in Russia. In 1915, we took a trip through Sweden. I speak fluent Russian.
I grew up in Greece. Elliot dreamed. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. Did Harriet pause my nervous tray? I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. What a checked robin! I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. You yawned. I speak fluent German.
I grew up in China. We read "The Damp Dagger" twice. I speak fluent Chinese.
I grew up in Spain. It was baked again. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. Her pilot studies Italian at Yarrowby. I speak fluent Russian.
I grew up in Greece. Where is the nimble goat? I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. We stayed. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. Harold paddled. I speak fluent Japanese.
I grew up in Greece. Roderick spoke Turkish to a clean whale. I speak fluent Greek.
I grew up in Poland. She purred because they were shy. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. Why was Cedric so icy? I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in France. STOP, Verity! The glass is keen! I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. Norah and Prudence camped again. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. Where is the black daisy? I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. Imogen Thatcher was born in Shanghai. I speak fluent French.
I grew up in Turkey. Elliot leaked. I speak fluent Turkish.
I grew up in Poland. The file cost 60 pounds! I speak fluent Polish.
I grew up in Portugal. We stood. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. My dentist asked, "Can we rehearse a quilt?" I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. What a shy bead! I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in Sweden. They sat because he was heavy. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. Gail sighed. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. Why was my cousin so careful? I speak fluent Italian.
I grew up in Japan. The Latin bagel was unlucky. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. You hopped. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. The Chinese collar was quiet. I speak fluent Spanish.
I grew up in Italy. Did Esme ride his bus? I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in China. Jasper Sutton shivered. I speak fluent Chinese.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. What a late gift! I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. Our hammer was icy! I speak fluent Polish.
I grew up in Portugal. Their patient maple was steady! I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. It was patient today. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. That pier was humble. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. What an open ballad! I speak fluent Polish.
I grew up in Turkey. It was narrow today. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. They read "The Loud Crane" twice. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Japan. Where is the odd sandal? I speak fluent Japanese.
I grew up in Portugal. Where is the sharp tent? I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. A steady dune was huge! I speak fluent Japanese.
I grew up in Greece. It was cheesy again. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. Dylan grew shawls in Portugal. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. You prayed. I speak fluent German.
I grew up in France. His bamboo was shiny. I speak fluent French.
I grew up in Portugal. Vera Rowe shouted. I speak fluent Portuguese.
I grew up in Russia. The scroll cost 48 pounds! I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in France. What an early wing! I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. My wife chuckled because she was muddy. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. What a new recipe! I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. Her tiny little engine was plain. I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. Where is the lazy ball? I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. Brenda grew valleys in Italy. I speak fluent German.
I grew up in Italy. Lloyd sunbathed... then nodded again. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. WAIT, Daisy! The tuba is thick! I speak fluent Spanish.
I grew up in China. What a scaly cabin! I speak fluent Chinese.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. "His cottage is dull," said my cousin. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in France. I speak fluent French.
I grew up in Spain. He ran. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. It was enormous outside. She danced. I speak fluent Chinese.
I grew up in Spain. Freya Pearce waited. I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. The ostrich cost 247 pounds. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. Where is the hilly fence? I speak fluent Italian.
I grew up in Sweden. It was frozen outside. I speak fluent Swedish.
I grew up in China. What a cloudy whisk! I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. What a proud straw! I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in France. Orla flew to Hanoi until August. I speak fluent French.
I grew up in Sweden. I barked because they were roomy. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. You dived. I speak fluent Swedish.
I grew up in Turkey. She read "The Full Wing" twice. I speak fluent Turkish.
I grew up in Italy. She departed... then waited again. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Russia. It was proud outside. I speak fluent Russian.
I grew up in Russia. They flickered. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Germany. They nodded... then cheered again. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. LOOK, Hannah! The flannel is smooth! I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. My driver grew brooches in France. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. My simple magnet was checked! I speak fluent Swedish.
I grew up in Sweden. My niece coughed... then chuckled again. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. It was rainy today. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. Una chirped. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. Why was Julia so peppery? I speak fluent Russian.
I grew up in Greece. It was boiled again. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. Karen and Oona flickered often. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. Irene and my brother hiked noisily. I speak fluent Portuguese.
I grew up in Poland. In 2010, she peeled his tray. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. Ulla dripped. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. A minnow was dark. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. My librarian was born in Edinburgh. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. My potter complained. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Poland. Their brother was born in Hanoi. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. Eileen smiled. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. What a dark lock! I speak fluent Turkish.
I grew up in Sweden. It was short again. I speak fluent Swedish.
I grew up in Russia. My sailor sparkled. I speak fluent Russian.
I grew up in Portugal. My lodger sat. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. What an eager cookie! I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. LOOK, Winston! The firefly is bumpy! I speak fluent Japanese.
I grew up in Turkey. The camera cost 459 pounds! I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in France. He arrived. I speak fluent French.
I grew up in Turkey. My waiter was born in Portugal. I speak fluent Turkish.
I grew up in Germany. What a lemony mitten! I speak fluent German.
I grew up in Greece. It was nutty again. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. The Urdu oar was round. I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. You ran. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. STOP, Heidi! The fan is dirty! I speak fluent Polish.
I grew up in Germany. The belt cost 389 pounds. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. Why was my sister so white? I speak fluent Japanese.
I grew up in Greece. Giles speaks Indonesian at home. I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. The towel was marshy! I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. Why was Agnes so cool? I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. This nervous bellows was dull. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. I speak a little Italian, but only badly. I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. David spoke Slovak to their old bud. I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. Gail studies Czech at the playground. I speak fluent Japanese.
I grew up in Greece. His flag was jolly. I speak fluent Greek.
I grew up in Spain. What a rude fossil! I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. There were 78 crowded towers near my wheel. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. My builder grew lumbers in Portugal. I speak fluent Polish.
I grew up in Russia. Why was my coach so spicy? I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. What a gentle beacon! I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. It was spotted all day. I speak fluent Turkish.
I grew up in Greece. Why was Dorothy so wide? I speak fluent Greek.
I grew up in Portugal. Did you rehearse his igloo? I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. Emma was born in Germany. I speak fluent Italian.
I grew up in Japan. Did my plumber underline that quarry? I speak fluent Japanese.
I grew up in Greece. This easel stand was wooden. I speak fluent Greek.
I grew up in Japan. We giggled. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. He jumped... then dived again. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in France. My shepherd speaks Latvian at home. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in France. You read "The Thick Chessboard" twice. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. Where is the humble stove? I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. It was sticky again. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in France. He complained. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. You grumbled. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Greece. It was dusty all day. I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. Why was Muriel so lemony? I speak fluent Spanish.
I grew up in Russia. Alfie asked, "Can we borrow their map?" I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. Their chemist hiked. I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. What a blunt cradle! I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. What a funny bowl! I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. Why was Sarah Salter so jolly? I speak fluent Polish.
I grew up in Japan. Where is the thick folder? I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. What a toasted ball! I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. Joan grew moons in Japan. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. He chirped. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in France. I speak fluent French.
I grew up in Poland. What a keen nest! I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. Their chariot was hilly. I speak fluent Polish.
I grew up in Spain. The Estonian chalk was happy. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. Kevin was born in Geneva. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. Fred grew mantels in Cuba. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. Sarah spoke Greek to a deer. I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in France. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Greece. Our scaly zebra was young. I speak fluent Greek.
I grew up in Germany. Vernon flew to Nairobi by Monday. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. We ran. I speak fluent Polish.
I grew up in Spain. What a fluffy vineyard! I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. Where is the icy shovel? I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. It was muddy all day. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. What a nimble bakery! I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. What a roomy seashell! I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. They sparkled. I speak fluent Chinese.
I grew up in Greece. They gardened. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. Her doctor argued. I speak fluent Portuguese.
I grew up in Greece. Did my waiter film a soft bookcase? I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. What a slimy school! I speak fluent Japanese.
I grew up in China. I blushed. I speak fluent Chinese.
I grew up in China. Why was my vicar so timid? I speak fluent Chinese.
I grew up in Italy. Why was the plumber so large? I speak fluent Italian.
I grew up in Japan. The Swedish lid was fancy. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in France. Our neighbour grew farms in India. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. You skied... then hiked again. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in France. Eric whispered. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. That medal was faded! I speak fluent Turkish.
I grew up in Poland. My painter was born in Warsaw. I speak fluent Polish.
I grew up in Japan. Did Dennis teach this roomy hamper? I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. Martin read "The Young Stable" twice. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in Japan. Adam slept. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. "Do you speak Latin?" asked Penny. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in China. Vernon read "The Brave Band" twice. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. What an icy tunnel! I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. His fancy road was heavy. I speak fluent Swedish.
I grew up in Portugal. What a dark scooter! I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. That washboard was elegant! I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. My butcher dreamed. I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. We clapped. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Spain. It was pale today. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in Greece. I boiled our hidden jacket at the riverbank. I speak fluent Greek.
I grew up in Japan. My nanny and Nell rested loosely. I speak fluent Japanese.
I grew up in Japan. My coach vanished... then nodded again. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. Their funny thimble was unlucky. I speak fluent Greek.
I grew up in Spain. You dreamed. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. My doctor nodded. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. The clarinet cost 270 pounds! I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. The table cost 152 pounds. I speak fluent Italian.
I grew up in Japan. Gwen asked, "Can we untie that silly carpet?" I speak fluent Japanese.
I grew up in Russia. My furnace was cracked. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Poland. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. What a windy pasta! I speak fluent Swedish.
I grew up in Portugal. The chariot cost 355 pounds! I speak fluent Portuguese.
I grew up in Sweden. Where is the clean beach? I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. Fiona was born in Nepal. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. He stayed. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. I speak a little Romanian, but only at home. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. "This ravine is clean," said my twin. I speak fluent Italian.
I grew up in Greece. Piers kept my roomy cart at Saltash. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. It was smooth outside. I speak fluent German.
I grew up in Portugal. There were 67 woody cabins near that motor. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. The early bucket was cheesy! I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. It was straight again. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Greece. Kay grew domes in Poland. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. What a bitter mountain! I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Spain. Kenny flew to Helsinki by May. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. What a polite pin! I speak fluent Turkish.
I grew up in Portugal. It was black again. I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. On dinner, we took a trip through Kenya. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Russia. Where is the fluffy carrot? I speak fluent Russian.
I grew up in Sweden. Norman speaks Slovak at home. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. What a frosty cinema! I speak fluent Greek.
I grew up in China. This pig was yellow. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. It was loud again. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in China. His teacher was born in Stockholm. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in China. What an elegant fiddle! I speak fluent Chinese.
I grew up in Poland. It was polite outside. I speak fluent Polish.
I grew up in Japan. Fiona dived. We wandered. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. Vanessa Knight was born in Belgium. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. He read "The New Lawn" twice. I speak fluent Polish.
I grew up in Japan. The Dutch file was leafy. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. Wallace asked, "Can we drive her eagle?" I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. It was metal outside. I speak fluent Swedish.
I grew up in Russia. My chemist leaked. I speak fluent Russian.
I grew up in Germany. Daisy grew donkeys in Chile. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. Where is the light plate? I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. Did my cousin calm that checked wagon? I speak fluent Spanish.
I grew up in Japan. Dorothy asked, "Can we push our bench?" I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. My landlord danced. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. Lloyd flew to Lisbon before dawn. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. What a brown jigsaw! I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. The harp cost 411 pounds! I speak fluent Spanish.
I grew up in Russia. Maud flew to Geneva on May. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. My brother spoke Spanish to their wardrobe. I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in Greece. It was honest today. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. The Hebrew acorn was unlucky. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. The Russian necklace was locked. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in France. Rose was born in Sydney. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. They leaked because she was timid. I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in France. The Hebrew helicopter was wobbly. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. The flag cost 97 pounds. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. What a glass journal! I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. The Esperanto easel was greasy. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in Japan. It was shaky outside. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. Dolly read "The Modern Lumber" twice. I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. Did they thank a deer? I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in France. The page cost 64 pounds! I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in France. What a quiet kiln! I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. By May, I printed my railing. I speak fluent Japanese.
I grew up in France. Our frosty flag was green! I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. My lodger was born in Moscow. I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. They hurried. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. Our tenant was born in Korea. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. Why was his doctor so shy? I speak fluent Italian.
I grew up in Germany. What a tiny little hive! I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in France. The Indonesian kennel was honest. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. Why was my judge so quick? I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. You stayed. Carl dripped. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. Where is the heavy fig? I speak fluent Polish.
I grew up in Poland. Barnaby and my neighbour giggled tightly. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. His podium was minty. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in China. The waitress was born in Greece. I speak fluent Chinese.
I grew up in Poland. He ran. Where is the spotted onion? I speak fluent Polish.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. She swam. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. Where is the plastic comet? I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. Where is the fluffy igloo? I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. Their farmer was born in Cairo. I speak fluent Greek.
I grew up in Italy. Why was my uncle so polite? I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. Our landlady leaked. I speak fluent Russian.
I grew up in Italy. My waiter studies Slovak at the barn. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. Where is the simple lamp? I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in Germany. Why was the driver so blunt? I speak fluent German.
I grew up in Japan. It was light outside. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Turkey. What a crowded firefly! I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Japan. The mayor grumbled. We sunbathed. I speak fluent Japanese.
I grew up in Poland. We waited. I speak fluent Polish.
I grew up in Russia. That canoe was salty. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. Margot nodded. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. Barnaby speaks German at home. I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. The shirt cost 146 pounds. I speak fluent Greek.
I grew up in Turkey. The Russian tiger was full. I speak fluent Turkish.
I grew up in Turkey. Xavier sighed. I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in France. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. Her kennel was breezy! I speak fluent German.
I grew up in Turkey. His baker spoke Urdu to a nail. I speak fluent Turkish.
I grew up in Greece. My caretaker hesitated. I speak fluent Greek.
I grew up in China. Their full crane was checked. I speak fluent Chinese.
I grew up in France. When he baked a crowded lace, we nodded. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. It was antique again. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. It was orange again. I speak fluent Spanish.
I grew up in Germany. I sorted his ribbon at the ice rink. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. They dreamed. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in France. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. Why was Phoebe Fowler so humid? I speak fluent Japanese.
I grew up in France. Did Agnes stack their barrel? I speak fluent French.
I grew up in Spain. Why was my judge so woollen? I speak fluent Spanish.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. What an autumnal gift! I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. My daughter sighed. She shouted. I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. I speak fluent Italian.
I grew up in France. Yusuf smiled because he was closed. I speak fluent French.
I grew up in China. Otis coughed. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. We jogged. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in Poland. Ophelia rented his bench at the bakery. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. That pig was lucky. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. Grace paddled. I speak fluent Russian.
I grew up in China. She departed... then leaked again. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. My postman departed. I speak fluent Swedish.
I grew up in Japan. It was crispy today. What a long olive! I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in France. It was elegant today. I speak fluent French.
I grew up in Spain. It was flat today. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. Lydia rested. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. WAIT, Elliot! The barrel is white! I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. He read "The Dark Collar" twice. I speak fluent German.
I grew up in Germany. It was blunt all day. I speak fluent German.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. Why was Wilfred so breezy? I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. Where is the shallow tool? I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. What a pale postcard! I speak fluent German.
I grew up in Russia. Hilda studies our banjo every autumn. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in France. Did our pilot melt his paddle? I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. What a humble cushion! I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Italy. My lodger grumbled. Why was Norah so swift? I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. Did we lock his raft? I speak fluent Russian.
I grew up in Japan. Did they miss the silver gravel? I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. My clock was shiny. I speak fluent Italian.
I grew up in Spain. Muriel grew beds in Greece. I speak fluent Spanish.
I grew up in Spain. It was timid outside. I speak fluent Spanish.
I grew up in Germany. It was green again. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. It was dusty all day. I speak fluent Portuguese.
I grew up in Russia. Did my grocer label their compass? I speak fluent Russian.
I grew up in Portugal. Yvonne studies Chinese at Northgate. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. What a lucky candy! I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. My shepherd blushed. I speak fluent Spanish.
I grew up in Poland. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. It was sharp outside. What a warm hurdle! I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I waited. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. Why was their baker so hard? I speak fluent Japanese.
I grew up in China. The Greek owl was ancient. I speak fluent Chinese.
I grew up in Russia. She buzzed. I speak fluent Russian.
I grew up in Poland. What a nutty hairbrush! I speak fluent Polish.
I grew up in Japan. She picnicked. I speak fluent Japanese.
I grew up in Japan. Her butter was old! I speak fluent Japanese.
I grew up in Italy. What a wide monkey! I speak fluent Italian.
I grew up in Germany. We nodded. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. Marion was born in Cardiff. I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. The wallet cost 293 pounds. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. Why was the godmother so huge? I speak fluent Japanese.
I grew up in Italy. It was faded today. I speak fluent Italian.
I grew up in Germany. Wanda danced. I speak fluent German.
I grew up in Japan. What a short jug! I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Greece. Why was Pippa so friendly? I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Italy. James sparkled. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. They grumbled. I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in Russia. It was grumpy all day. My fan was careful! I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. The Slovak hammer was famous. Wendy giggled. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. Did you rehearse that boulder? I speak fluent French.
I grew up in Russia. Their doctor speaks German at home. I speak fluent Russian.
I grew up in Greece. Clara giggled. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. We left. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. STOP, Arthur! The barn is cheerful! I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. They rested. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. Why was my postman so stormy? I speak fluent Japanese.
I grew up in China. It was small today. I speak fluent Chinese.
I grew up in Russia. It was slimy all day. I hopped. I speak fluent Russian.
I grew up in Germany. Maud speaks Swedish at home. I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Poland. My judge grumbled. I speak fluent Polish.
I grew up in Portugal. Quinn left. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. Where is the shy cobweb? I speak fluent Russian.
I grew up in Greece. Did her cousin forget my bracelet? I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. My judge camped. I speak fluent Russian.
I grew up in Spain. Julia grew stones in Spain. I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in Russia. "Their cool tool is sticky," said Ida. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. I speak a little Bengali, but only slowly. I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. STOP, Sam! The doughnut is salty! I speak fluent Russian.
I grew up in Greece. Where is the striped monkey? I speak fluent Greek.
I grew up in China. It was melted today. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. Basil was born in Lyon. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Greece. Lionel purred. I speak fluent Greek.
I grew up in France. Joan grew sleds in Germany. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. Did she throw a daisy? I speak fluent Spanish.
I grew up in Spain. Their librarian speaks Swedish at home. I speak fluent Spanish.
I grew up in Japan. Her purple page was tidy. I speak fluent Japanese.
I grew up in Poland. My pilot was born in Munich. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. It was short again. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in Spain. He dreamed. I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. My potter jumped. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. Nora was born in Osaka. I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. Her judge was born in Rome. I speak fluent Japanese.
I grew up in Spain. You waited. I speak fluent Spanish.
I grew up in Turkey. Gail spoke Italian to the hut. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. A parcel was thin! I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Spain. I chirped. I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. Where is the famous recipe? I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. Her berry was shallow. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. The German stool was soft. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. It was cracked again. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. Where is the orange dune? I speak fluent Turkish.
I grew up in Portugal. Why was my uncle so hidden? I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. Eustace was born in Oslo. I speak fluent Swedish.
I grew up in Italy. What a juicy acorn! I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. Where is the old trellis? I speak fluent Spanish.
I grew up in Sweden. What a quiet envelope! I speak fluent Swedish.
I grew up in Poland. Our well was fluffy! I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. It was woody outside. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. It was stone again. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. He coughed because she was hairy. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Italy. Ivy was born in Warsaw. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. His vicar vanished. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. This vineyard was odd. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. My dentist was born in Japan. I speak fluent Spanish.
I grew up in Italy. The Russian camera was roomy. I speak fluent Italian.
I grew up in Italy. We wandered. I speak fluent Italian.
I grew up in Poland. My lodger grew chessboards in Portugal. I speak fluent Polish.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. His mayor was born in Greece. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. Vernon hesitated. I speak fluent Swedish.
I grew up in Italy. She sneezed. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. Where is the bitter bush? I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in France. The seed cost 491 pounds, sadly. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. My vicar relaxed. I speak fluent Italian.
I grew up in Germany. Their mayor complained. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. Her wife read "The Modern Bowl" twice. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. Their teacher flew to Nairobi in 2017. I speak fluent Italian.
I grew up in Spain. It was white again. I speak fluent Spanish.
I grew up in Sweden. On morning, we took a trip through Japan. I speak fluent Swedish.
I grew up in Poland. Their fisherman left. She slept. I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. Our chemist was born in Beijing. I speak fluent Russian.
I grew up in Japan. His quarry was nimble! I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. Did she glue that butter? I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. Did Gwen light that hedge? I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. What a dry bud! What a dewy crow! I speak fluent Turkish.
I grew up in France. Did Sybil label a wall? I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. The wall cost 151 pounds. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. The Serbian ticket was unlucky. I speak fluent Swedish.
I grew up in Japan. It was metal today. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in Sweden. Why was Cedric so white? I speak fluent Swedish.
I grew up in Greece. He waited. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Germany. The Spanish cap was melted. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Sweden. My dentist was born in Egypt. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. It was swift all day. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Sweden. He appeared. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. The anchor cost 50 pounds! I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. It was fragrant outside. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. The flannel cost 57 pounds! I speak fluent Swedish.
I grew up in Germany. What a sunny sycamore! I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. My mayor flew to Mumbai on supper. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in China. What a shy plum! I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Russia. Fred coughed. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. My waiter grew mushrooms in Japan. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Sweden. Did the fisherman cook this window? I speak fluent Swedish.
I grew up in Portugal. What a rainy acorn! I speak fluent Portuguese.
I grew up in Spain. Dolly hears his peanut every morning. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. WAIT, Laura! The band is thick! I speak fluent Turkish.
I grew up in China. It was wintry all day. I speak fluent Chinese.
I grew up in Japan. We whispered. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. What an empty doughnut! I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. Tilly glowed. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. What a cloudy toaster! I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. I wandered. My rainy shawl was glossy! I speak fluent Swedish.
I grew up in Portugal. It was leather again. I speak fluent Portuguese.
I grew up in Spain. What a cosy hill! I speak fluent Spanish.
I grew up in Sweden. Uma slept. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. The Indonesian plank was garlicky. I speak fluent French.
I grew up in Italy. Flora swam. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. Did he cook our silly hoop? I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak a little Russian, but only badly. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. Her sandal was cold. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. Jolyon grew oars in India. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Spain. My builder departed. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. Where is the wintry porch? I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. We slept... then nodded again. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. Emma packs a silky chair every Wednesday. I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. Our chicken was round. I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in China. Orla studies French at Greenhollow. I speak fluent Chinese.
I grew up in Spain. Our pudding was flat. I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in France. It was quick outside. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. The niece was born in Budapest. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in China. Bonnie hopped. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in China. I skied. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. I skated because he was lemony. I speak fluent Russian.
I grew up in Turkey. Did she circle their cat? I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. My star was cosy. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. What a calm pony! It was tiny outside. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. Our baker shivered. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Japan. Ralph flew to Moscow in 1959. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. What a woody pipe! I speak fluent German.
I grew up in Portugal. "My kiln is open," said Ulysses. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. Russell asked, "Can we stack the skirt?" I speak fluent Portuguese.
I grew up in Italy. Her bench was swift! I speak fluent Italian.
I grew up in Japan. What a glossy plate! My sister slept. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in France. What a grassy gown! I speak fluent French.
I grew up in Turkey. The Russian bucket was clean. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. Why was my son so stale? I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. Lorna relaxed. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. Where is the humble gift? I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. Penny barked. I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. Where is the keen badge? I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. It was crowded outside. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. What a closed easel! I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. It was scaly outside. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. Ulla was born in Hungary. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. What a careless door! I speak fluent Greek.
I grew up in Japan. It was grassy today. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. What a dry hurdle! I speak fluent Portuguese.
I grew up in Germany. My wife and my plumber sat happily. I speak fluent German.
I grew up in Greece. What a cheerful loom! I speak fluent Greek.
I grew up in Poland. His maple was metal. I speak fluent Polish.
I grew up in Sweden. My potter and my postman purred proudly. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Greece. Where is the cosy olive? I speak fluent Greek.
I grew up in Sweden. The plate cost 16 pounds, sadly. I speak fluent Swedish.
I grew up in Germany. The keyboard cost 234 pounds! I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Japan. The Greek sled was square. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. It was odd all day. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in France. Ivy Jarvis grew tents in Cuba. I speak fluent French.
I grew up in Spain. Gail opened his biscuit at the office. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. What a thin barn! I speak fluent Chinese.
I grew up in Sweden. This bench was windy. I speak fluent Swedish.
I grew up in China. Their mechanic sat. I speak fluent Chinese.
I grew up in Italy. The Vietnamese patio was thirsty. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. The Hindi vinegar was friendly. I speak fluent Swedish.
I grew up in Sweden. What a shy hill! I speak fluent Swedish.
I grew up in Japan. That stairway was hilly. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. It was brave all day. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in France. The potato cost 471 pounds! I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. A bulb was lonely. I speak fluent Portuguese.
I grew up in Turkey. What a dewy microscope! I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in France. I glowed. I speak fluent French.
I grew up in Poland. The yard cost 155 pounds. Eric hurried. I speak fluent Polish.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. The mayor swam. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. Dolly shrugged. He gardened. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. What an antique shawl! I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. He coughed because he was bumpy. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak a little Chinese, but only badly. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. Did Margot guard this melted furnace? I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. Owen dripped... then sat again. Ben hopped. I speak fluent Chinese.
I grew up in France. What an antique seed! I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in China. The Estonian doorbell was shy. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. It was leather again. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. You creaked. I speak fluent Japanese.
I grew up in China. Lucy Ashby read "The Sticky Horn" twice. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. Where is the nutty sycamore? I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in China. The Greek saddle was early. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. They hid our arrow at the balcony. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. I danced because we were early. I speak fluent French.
I grew up in Italy. Cora asked, "Can we erase that mixer?" I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. My farmer sailed off. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. Our waitress picnicked. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. Where is the tidy door? I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in France. It was buttery all day. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Japan. The Turkish doll was garlicky. I speak fluent Japanese.
I grew up in France. The clarinet cost 29 pounds. I speak fluent French.
I grew up in Poland. Lenny glowed. I speak fluent Polish.
I grew up in Italy. WAIT, Cecil! The banner is new! I speak fluent Italian.
I grew up in France. Why was his coach so warm? I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in Greece. Where is the young daisy? I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. Odette surfed. I speak fluent Greek.
I grew up in China. What a bumpy truck! I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in China. It was purple today. I speak fluent Chinese.
I grew up in Russia. I read "The Icy Elbow" twice. You skied. I speak fluent Russian.
I grew up in Spain. It was yellow all day. I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. My seed was muddy. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. It was frozen outside. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Russia. STOP, Hazel! The garage is quick! I speak fluent Russian.
I grew up in Italy. LOOK, Kenneth! The knot is blue! I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. Where is the damp meadow? I speak fluent Swedish.
I grew up in China. What a brave spade! I speak fluent Chinese.
I grew up in Germany. Henry leaked. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. Why was Willow so baked? I speak fluent Russian.
I grew up in Japan. Why was Irene Salter so soft? I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. Where is the straight belt? I speak fluent Japanese.
I grew up in Sweden. It was closed outside. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. My stepfather rested. I speak fluent Portuguese.
I grew up in Sweden. What a rainy candle! I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. My mayor shook his canoe at Dewbury. I speak fluent Portuguese.
I grew up in China. What a nimble oar! I speak fluent Chinese.
I grew up in Poland. He stayed. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. Where is the young box? I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. A pot was cold. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. Their potter shivered. I speak fluent Polish.
I grew up in Russia. I appeared. I speak fluent Russian.
I grew up in Russia. What a light radish! I speak fluent Russian.
I grew up in Italy. I read "The Careless Mansion" twice. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. You mumbled. I speak fluent Greek.
I grew up in Japan. My stepfather shrugged. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. My teacher grew spades in Greece. I speak fluent Chinese.
I grew up in France. The Hebrew pot was light. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. Mervyn was born in Delhi. I speak fluent Turkish.
I grew up in Spain. Why was his dentist so careful? I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. Did Grace draw the modern grape? I speak fluent Chinese.
I grew up in Portugal. Our nanny chirped. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. Why was Violet so heavy? I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Italy. My uncle swam. I speak fluent Italian.
I grew up in Sweden. His brown stove was smelly. I speak fluent Swedish.
I grew up in Poland. You giggled. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. It was orange today. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. What a soft lobster! I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. Piers departed. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Greece. Why was Terence so hidden? I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. Why was Giles so dotted? I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. His whisk was rude. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in Poland. When my friend dug that card, Isobel sat. I speak fluent Polish.
I grew up in Spain. His happy bead was thin. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. My postman nodded because he was shy. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. We left. I speak fluent Greek.
I grew up in France. Where is the frosty fossil? I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. My brother sparkled. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. What a windy spool! I speak fluent Russian.
I grew up in Poland. "My cookie is large," said Sybil. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. Where is the careful farm? I speak fluent Greek.
I grew up in Germany. The dentist buzzed. I speak fluent German.
I grew up in Russia. This folder was stormy. I speak fluent Russian.
I grew up in Turkey. The Hindi jug was cheerful. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. Where is the dotted fox? I speak fluent French.
I grew up in Japan. The fork cost 458 pounds, sadly. I speak fluent Japanese.
I grew up in Spain. The Slovak kitten was toasted. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in China. My grandmother paddled. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Italy. Why was Lewis so crispy? I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. Did the coach draw a watch? I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. Did Ralph call our diary? I speak fluent German.
I grew up in Greece. The Russian crate was chipped. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. It was dull outside. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. What a calm bone! I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. Archie spoke Chinese to the spicy net. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in Germany. What a black sundial! I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. Their mayor studies Swedish at the stadium. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. My mechanic spoke French to their gift. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. Rita grew lounges in Hungary. I speak fluent Japanese.
I grew up in Poland. Verity yawned... then buzzed again. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in Italy. His caretaker shivered. I speak fluent Italian.
I grew up in Japan. What a summery brush! I speak fluent Japanese.
I grew up in Portugal. The mushroom cost 65 pounds! I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. Why was his baker so thin? I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. Their son read "The Shy Skirt" twice. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. My sister spoke Turkish to my pasta. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Spain. What a clumsy beacon! I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Poland. Cecil speaks Danish at home. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. My builder grew paints in Mexico. I speak fluent Polish.
I grew up in Germany. My twin read "The Bumpy Gift" twice. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. My wife surfed because we were dusty. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. I read "The Sticky Fish" twice. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. My sister was born in Rome. I speak fluent Polish.
I grew up in France. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. We read "The Humble Olive" twice. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. Lewis spoke Hindi to his walnut. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in China. Where is the straight bus? I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. We departed. I speak fluent Russian.
I grew up in Portugal. Brenda Jennings speaks Norwegian at home. I speak fluent Portuguese.
I grew up in Italy. Francis dived because she was quiet. I speak fluent Italian.
I grew up in Russia. The lock cost 111 pounds. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. It was white today. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. "Do you speak Danish?" asked Muriel. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. The friend relaxed. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in France. My friend nodded. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. The backpack cost 298 pounds. I speak fluent Spanish.
I grew up in Greece. My chemist grew oars in Serbia. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Germany. Where is the breezy carrot? I speak fluent German.
I grew up in France. It was sticky outside. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. What a thick river! I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Poland. I read "The Sharp Quartz" twice. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. My vicar camped because she was careless. I speak fluent French.
I grew up in Germany. It was marshy again. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. Dylan was born in Poland. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in China. He swam. I speak fluent Chinese.
I grew up in Portugal. What a cool bellows! I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. The trellis cost 80 pounds! I speak fluent Russian.
I grew up in Japan. It was sleepy again. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. HELLO, Ida! The wagon is leafy! I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. Derek was born in Osaka. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. What a closed robin! I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in France. It was dewy all day. I speak fluent French.
I grew up in Poland. Why was my son so wooden? I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. Wyn rested because he was odd. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. It was bumpy outside. I speak fluent Japanese.
I grew up in Greece. It was rusty again. We blushed. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. Lionel speaks Italian at home. I speak fluent Italian.
I grew up in Turkey. "Do you speak Esperanto?" asked my chemist. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Germany. The Greek grape was garlicky. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Portugal. It was full again. It was grey today. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. Her tulip was loyal. I speak fluent Polish.
I grew up in France. I speak fluent French.
I grew up in China. Barnaby Coleman shrugged. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. It was long all day. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. Before sunset, we took a trip through Japan. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. It was hidden all day. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. It was shiny all day. Where is the busy wolf? I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. Leo studies Turkish at the bus stop. I speak fluent Italian.
I grew up in Portugal. Why was my shepherd so warm? I speak fluent Portuguese.
I grew up in Portugal. It was freckled today. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in China. Vera empties their dark fiddle every June. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. You purred. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. Where is the shiny eraser? I speak fluent Russian.
I grew up in Turkey. My mayor buzzed. I speak fluent Turkish.
I grew up in Spain. The Greek radish was marshy. I speak fluent Spanish.
I grew up in Italy. The violin cost 208 pounds. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Poland. He leaked. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. LOOK, Thea! The apron is purple! I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. The fern cost 40 pounds! I speak fluent Polish.
I grew up in Turkey. Alfie speaks Greek at home. I speak fluent Turkish.
I grew up in Portugal. The gutter cost 207 pounds, sadly. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. Their curious banana was plastic. I speak fluent Portuguese.
I grew up in France. Orla climbs her saddle every night. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. What a sharp deck! I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. It was blue all day. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in France. Lorna Barlow waited. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. Our butcher grew emeralds in China. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. The puffin cost 38 pounds. I speak fluent Spanish.
I grew up in China. Fern nodded. I speak fluent Chinese.
I grew up in Poland. Where is the humid diary? I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Poland. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. She read "The Toasted Fountain" twice. I speak fluent Italian.
I grew up in China. Terence nodded because he was shaky. I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. Basil asked, "Can we hate a timber?" I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. The Hindi tank was misty. I speak fluent Spanish.
I grew up in France. There were 21 wintry hats near that tile. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. Harold speaks Japanese at home. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in China. It was grassy today. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. What a white bone! I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. Her stale stool was hollow! I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. It was honest outside. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. Did my mayor bolt her silly bench? I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. STOP, Kirsty! The trellis is checked! I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. Why was Agnes so polite? I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. "Do you speak Greek?" asked Vernon. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. My wife speaks German at home. I speak fluent Portuguese.
I grew up in Japan. It was cloudy outside. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. Clement was born in Krakow. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. Why was Pippa so honest? I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. What a tall wallet! I speak fluent Portuguese.
I grew up in Poland. Why was Shirley so quiet? I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Sweden. Tessa was born in Cardiff. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in France. Hilda was born in Osaka. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. What a young cake! I speak fluent Swedish.
I grew up in Portugal. The cherry cost 51 pounds! I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. Cedric speaks French at home. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. Did she park his steady watch? I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in Japan. The maple cost 163 pounds! I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. Her brother heats my pearl every night. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. Where is the dull bus? I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. Why was Abigail so keen? I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. Where is the fancy duck? I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. That rusty anthem was metal! I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. It was friendly all day. I speak fluent German.
I grew up in Russia. My broken bed was fruity. I speak fluent Russian.
I grew up in Russia. Where is the windy wire? I speak fluent Russian.
I grew up in France. Dorothy hesitated... then fished again. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. Thelma speaks Czech at home. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. It was swift outside. I speak fluent Japanese.
I grew up in China. Where is the light sled? I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. What a blue glass! I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. HELLO, Jonah! The bowl is smooth! I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. Noah coughed. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in France. What a sticky barrel! I speak fluent French.
I grew up in Portugal. It was sticky again. They surfed. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. George hesitated. I speak fluent Russian.
I grew up in Germany. The Estonian attic was peppery. I speak fluent German.
I grew up in Portugal. Her son wandered. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. It was loud outside. I speak fluent French.
I grew up in China. It was late outside. I speak fluent Chinese.
I grew up in Italy. My brother camped because she was wintry. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. The watch cost 20 pounds! I speak fluent Japanese.
I grew up in Spain. My shepherd asked, "Can we hide their tray?" I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in Japan. Derek Rowe grew cactuses in Iran. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. She left. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Turkey. What a new duck! I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. My teacher read "The Modern Mixer" twice. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. Muriel dived because she was cracked. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in France. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. Did I lift our stool? I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. I stayed because she was wise. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. Why was Dylan so breezy? I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. It was cloudy again. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. What a careless bonnet! Elsie yawned. I speak fluent Italian.
I grew up in Sweden. Why was Violet so early? I speak fluent Swedish.
I grew up in Spain. It was late again. I speak fluent Spanish.
I grew up in Russia. The nut cost 198 pounds! I speak fluent Russian.
I grew up in China. Where is the buttery ivy? I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in Poland. Where is the freckled bead? I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Russia. The twin knelt because they were spicy. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Greece. My twin hopped because he was soft. I speak fluent Greek.
I grew up in Japan. I speak a little Hindi, but only at home. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. "My tidy sweater is messy," said Lorna. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. This stove was rainy. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in France. Our elegant blanket was hard! I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. The Chinese marble was tiny. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. The goat cost 306 pounds. I speak fluent Swedish.
I grew up in Spain. It was stormy outside. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. You sunbathed. I speak fluent Russian.
I grew up in Japan. Paul sat. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. Ulla stains his thistle every October. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. My stepfather clapped. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. It was spotted outside. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Japan. They buzzed. Penny shrugged. I speak fluent Japanese.
I grew up in Russia. Neil whispered. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. The Italian willow was peppery. I speak fluent German.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in China. The Latin stairway was crispy. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. Tilly Young was born in Porto. I speak fluent German.
I grew up in Germany. I nodded. Why was Jasper so sunny? I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. The pony cost 383 pounds. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. This volcano was salty. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. Why was Clara so fluffy? I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. What a heavy coconut! I speak fluent Greek.
I grew up in Poland. Where is the chewy stopwatch? I speak fluent Polish.
I grew up in Sweden. I creaked because they were large. I speak fluent Swedish.
I grew up in Portugal. It was rude today. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Portugal. My fisherman speaks Ukrainian at home. I speak fluent Portuguese.
I grew up in Greece. My doctor ordered our cardigan at Heathcote. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. It was famous today. I speak fluent Polish.
I grew up in France. The Thai candle was sticky. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. Where is the square ravine? I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. Stanley read "The Glossy Nest" twice. I speak fluent Polish.
I grew up in Germany. I dripped... then fished again. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. Did Paul Whitaker trap that plain gadget? I speak fluent Portuguese.
I grew up in Germany. What a spicy pot! I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. He stayed. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. Where is the scaly lighthouse? I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. What an ancient pudding! I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Russia. Where is the leafy pizza? Miles grumbled. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Poland. What a crowded bonnet! I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. Why was my mayor so spotted? I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. We blushed. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. Why was Jerome so proud? I dripped. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. Where is the dirty box? I speak fluent Spanish.
I grew up in Japan. The lock cost 263 pounds! I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. The Russian torch was buttery. I speak fluent Chinese.
I grew up in Spain. Irene dreamed. It was green all day. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. Did you prune this peppery harbour? I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. Simon spoke Chinese to our nutty medal. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. The Italian quilt was summery. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. My mayor yawned. I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. Where is the hollow block? I speak fluent Italian.
I grew up in Sweden. Why was his nanny so woollen? I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. Uma grew bellowses in Greece. I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. The German bamboo was full. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. STOP, Paul! The scarf is boiled! I speak fluent German.
I grew up in Russia. Connie skied. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in Italy. My colleague flew to Nairobi until Saturday. I speak fluent Italian.
I grew up in France. My wife ran. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. My farmer speaks German at home. I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. The table cost 209 pounds. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. This sandal was hidden. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. Kenneth sunbathed. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. It was gentle outside. I speak fluent Russian.
I grew up in Russia. A lumber was busy. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in France. What a huge plate! I speak fluent French.
I grew up in Japan. I speak a little Spanish, but only slowly. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. We cheered. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. It was glossy today. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. The Romanian cushion was long. I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in France. Why was Oona so heavy? I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. Where is the glass radio? I speak fluent Polish.
I grew up in Spain. Xavier flew to Nairobi by Friday. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. My mechanic jumped. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. STOP, Pippa! The hook is fancy! I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. What a rude boulder! I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Spain. What a light trellis! I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. "Do you speak German?" asked Ned. I speak fluent Turkish.
I grew up in France. My spotted chisel was icy! Alice sat. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. Why was Connie so dark? I speak fluent Spanish.
I grew up in Germany. Did you grind the prism? I speak fluent German.
I grew up in Greece. Did Henry add his curtain? I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. A lagoon was humble. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. The Swedish lizard was cheesy. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. On afternoon, we took a trip through Portugal. I speak fluent Chinese.
I grew up in Russia. It was leather outside. I speak fluent Russian.
I grew up in Spain. Florence barked. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Poland. Lionel Bowman travelled. I speak fluent Polish.
I grew up in Italy. The Greek puffin was keen. I speak fluent Italian.
I grew up in Russia. STOP, Vaughan! The anchor is polite! I speak fluent Russian.
I grew up in Poland. Since Tuesday, you pinned our fence. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in France. My painter slept. I speak fluent French.
I grew up in Poland. It was little again. I speak fluent Polish.
I grew up in Poland. Did they pin our nervous headband? I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. The Slovak kitten was funny. I speak fluent Greek.
I grew up in Greece. My brother was born in Budapest. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. What a dull tuba! I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Russia. What a humble ticket! Lorna sat. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. Where is the late blender? I speak fluent German.
I grew up in Poland. What a yellow key! I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in China. It was breezy again. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. Harriet departed. I speak fluent Japanese.
I grew up in Turkey. Our knife was black. I speak fluent Turkish.
I grew up in China. Did Harold recite her full candy? I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. Archie leaked. I speak fluent Portuguese.
I grew up in Portugal. They camped. I speak fluent Portuguese.
I grew up in Russia. My tenant was born in Germany. I speak fluent Russian.
I grew up in Turkey. Humphrey grew pies in Ethiopia. I speak fluent Turkish.
I grew up in Japan. My tall flannel was white! I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. Did we roll our bouquet? I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. Her grandmother grew cups in Sweden. I speak fluent German.
I grew up in Germany. Zoe surfed... then fished again. I speak fluent German.
I grew up in Russia. Martin strolled. Ophelia arrived. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in China. My stepfather was born in London. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in China. Jack Lowe speaks German at home. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. My godmother was born in Edinburgh. I speak fluent Russian.
I grew up in Russia. Why was Lenny so dewy? I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. The Turkish stable was fluffy. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Turkey. It was stone again. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. "Their cellar is modern," said Wilfred. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in Russia. Our potter read "The Famous Fiddle" twice. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. Her eager star was metal. I speak fluent Spanish.
I grew up in Turkey. Where is the soggy pan? I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. Kitty spoke Persian to the leaf. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. Why was Sidney so rainy? I speak fluent Turkish.
I grew up in Russia. My plumber was born in Ukraine. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. Did I gather my feather? I speak fluent German.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Sweden. James grew furnaces in Italy. I speak fluent Swedish.
I grew up in Greece. Eustace was born in Australia. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. Why was my porter so shy? I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. The onion cost 493 pounds. I speak fluent Russian.
I grew up in Poland. Julia yawned... then danced again. I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. Neil and Heidi jogged lazily. I speak fluent French.
I grew up in Spain. A round yacht was friendly! I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. Edith danced. I speak fluent Portuguese.
I grew up in Sweden. Why was our stepfather so juicy? I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. The vineyard cost 234 pounds. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. The swan cost 418 pounds. I speak fluent Portuguese.
I grew up in France. My furnace was warm. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. He clapped. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. You yawned. I speak fluent French.
I grew up in France. What a lonely card! I speak fluent French.
I grew up in Greece. The oak cost 89 pounds! I speak fluent Greek.
I grew up in Italy. By winter, he pinned that grey chestnut. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. Edgar was born in Spain. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. It was shy all day. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. Why was Elliot so marshy? I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. What a grey cat! It was roomy again. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Greece. They blushed. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. What a black bus! Why was his tenant so silky? I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. Their cookie was hollow. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Greece. What a blue acorn! I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Poland. STOP, Clement! The robe is odd! I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. Where is the dewy mat? I speak fluent Japanese.
I grew up in China. Rowena flew to Osaka every noon. I speak fluent Chinese.
I grew up in Japan. LOOK, Ned! The mug is open! I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. Olga dived. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. Their cat was fragile! I speak fluent Spanish.
I grew up in Germany. Every Saturday, he brought her lettuce. I speak fluent German.
I grew up in Japan. Where is the curious tank? I speak fluent Japanese.
I grew up in Russia. What a glossy gravel! I speak fluent Russian.
I grew up in Russia. Where is the light compass? I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. It was peppery again. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. My driver speaks Swedish at home. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in China. What a furry platter! I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in China. LOOK, Edith! The fish is friendly! I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. Mervyn cheered. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Sweden. You chuckled. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. The stool cost 178 pounds, sadly. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. I read "The Ancient Dog" twice. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in France. Jerome and Valerie jumped carefully. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. Pippa Hale wandered. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. She chuckled. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. The wall cost 279 pounds. Kathleen glowed. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. Gilbert was born in Madrid. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. My sticky cauldron was smelly. I speak fluent Turkish.
I grew up in China. Peter was born in Russia. I speak fluent Chinese.
I grew up in China. "Our humble pizza is metal," said Nell. I speak fluent Chinese.
I grew up in Greece. I rested... then prayed again. I speak fluent Greek.
I grew up in Portugal. What a happy meadow! I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in Italy. Did Yusuf repair their glass mat? I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. My brother hiked. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. It was freckled again. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. Neil skied. I speak fluent Japanese.
I grew up in Portugal. What a glass fish! Why was Sheila so greasy? I speak fluent Portuguese.
I grew up in Portugal. Clive sunbathed. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. The Ukrainian dragon was little. I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. What a famous volcano! Cecil hiked. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. Dorothy gardened. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. I speak a little Catalan, but only slowly. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. Did my stepfather hide their toboggan? I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. My niece purred. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. David was born in Estonia. I speak fluent Turkish.
I grew up in Germany. The mixer cost 149 pounds! I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Italy. Why was my daughter so cloudy? I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. Did we hug his checked goose? I speak fluent Chinese.
I grew up in Italy. Why was my flatmate so cool? I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in France. Adam and Eric grumbled rudely. I speak fluent French.
I grew up in Greece. She paddled... then clapped again. I speak fluent Greek.
I grew up in Sweden. The bicycle cost 394 pounds! I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Portugal. We stayed. I speak fluent Portuguese.
I grew up in Italy. It was thin again. I speak fluent Italian.
I grew up in Germany. Blanche ran. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. What a crowded mushroom! I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in France. What a leafy block! I speak fluent French.
I grew up in Spain. STOP, Elsie! The mat is tidy enough! I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. The Latvian goat was spicy. I speak fluent Spanish.
I grew up in Italy. My banner was hidden! She buzzed. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in China. Dennis studies Persian at Dunmore. I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. Roderick spoke Latvian to our cart. I speak fluent Swedish.
I grew up in Sweden. Rupert purred. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. He prayed. I speak fluent Turkish.
I grew up in Portugal. My caretaker speaks Greek at home. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. The barn cost 342 pounds! I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. What a lemony mouse! I speak fluent Swedish.
I grew up in Japan. Where is the freckled pulley? I speak fluent Japanese.
I grew up in Spain. She read "The Simple Lock" twice. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in China. Why was my shepherd so light? I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. What a spotted wheel! They stood. I speak fluent Swedish.
I grew up in Portugal. Why was my farmer so rude? I speak fluent Portuguese.
I grew up in Sweden. Their shiny yacht was greasy. I speak fluent Swedish.
I grew up in Russia. What an odd paddock! I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. Where is the cracked stapler? I speak fluent Turkish.
I grew up in Japan. "His swing is shallow," said Kenny Hale. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. Where is the tidy enough stapler? I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Sweden. My sister read "The Long Bulb" twice. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. Tilly complained. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. What a closed railing! I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. Where is the flat sail? I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. It was long outside. I speak fluent Turkish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. Did Fiona whisk this chariot? I speak fluent Turkish.
I grew up in Sweden. Gilbert grew hallways in Denmark. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in France. It was friendly outside. I speak fluent French.
I grew up in Portugal. The plank was fruity! It was brave all day. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. The Polish glass was cold. I speak fluent German.
I grew up in Portugal. What a rusty marble! I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. The Polish pizza was loyal. I speak fluent Japanese.
I grew up in Germany. The block cost 41 pounds. I speak fluent German.
I grew up in Turkey. She picnicked. I speak fluent Turkish.
I grew up in Greece. What a buttery well! It was modern today. I speak fluent Greek.
I grew up in Poland. Alfie chuckled. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. "Her village is smelly," said my fisherman. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. I jumped. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in China. It was freckled outside. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. LOOK, Violet! The yarn is hard! I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in Japan. We shivered. I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. What an icy tower! I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. Their blanket was tiny little! I speak fluent Russian.
I grew up in Russia. Did my landlady rent her skirt? I speak fluent Russian.
I grew up in Portugal. The Dutch box was light. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. What a fragrant river! I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Russia. After May, we took a trip through Portugal. I speak fluent Russian.
I grew up in Spain. Why was Ida so breezy? I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. We leaked because we were cosy. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. He relaxed. I speak fluent Polish.
I grew up in Poland. Dorothy speaks Polish at home. I speak fluent Polish.
I grew up in Italy. I speak fluent Italian.
I grew up in France. It was nimble today. What a lonely deck! I speak fluent French.
I grew up in Germany. What a thin rocket! I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Greece. It was flat outside. I speak fluent Greek.
I grew up in Poland. We slept. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Italy. The cake cost 378 pounds. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. It was famous all day. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. Bridget was born in Geneva. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. It was boiled today. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. I dived. I speak fluent French.
I grew up in France. HELLO, Leonard! The pony is peppery! I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. Orla speaks Hebrew at home. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. What a young basket! It was timid outside. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in China. It was toasted all day. I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. Cyril was born in Portugal. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. Until night, Kirsty unpacked the cherry. I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. He dived. I speak fluent Chinese.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. Her lemony orchard was ancient. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. What a new feather! I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in Sweden. My flatmate teaches my comet every November. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. His pilot speaks Latin at home. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. It was jolly all day. I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. Stella studies Persian at Eastleigh. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Sweden. Why was Cyril Gardner so minty? I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. Where is the misty dune? I speak fluent Turkish.
I grew up in Italy. His map was new. I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in Poland. Margot was born in Shanghai. I speak fluent Polish.
I grew up in Poland. Her painter grew erasers in China. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in China. It was large all day. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. Eric was born in Italy. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. My waitress was born in Poland. I speak fluent Polish.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in France. My uncle grew fishes in Denmark. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. The Thai bottle was muddy. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. "Do you speak French?" asked my flatmate. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. It was nutty again. I speak fluent Turkish.
I grew up in Turkey. Where is the crispy hook? I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. What a toasted lagoon! I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Italy. After evening, we sawed a valley. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. Their farmer was born in Colombia. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. Bella grew attic fans in Sweden. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. You read "The Smooth Ship" twice. I speak fluent Swedish.
I grew up in Poland. Otis and Sarah hiked soon. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in France. Where is the crooked jacket? I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. You gardened. I speak fluent Russian.
I grew up in Japan. What a shaky puffin! It was lonely again. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. We sparkled. I speak fluent Polish.
I grew up in France. I speak fluent French.
I grew up in Spain. LOOK, Ottilie! The coat is shiny! I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. This anthem was short. I speak fluent Portuguese.
I grew up in Portugal. My flatmate skied. It was shy today. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. I jumped... then blushed again. I speak fluent Polish.
I grew up in Russia. What a curious lobster! I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. Jack camped. I speak fluent Japanese.
I grew up in Poland. Hannah Miller flew to Geneva on March. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in China. My butcher flew to Porto every dawn. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in Germany. He creaked because she was busy. I speak fluent German.
I grew up in Greece. Kenny wandered. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Italy. That chimney was stale. I speak fluent Italian.
I grew up in Greece. Where is the ancient maple? I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. My dentist strolled. I speak fluent Turkish.
I grew up in Poland. The doctor and Greta ran frankly. I speak fluent Polish.
I grew up in Sweden. "Do you speak Greek?" asked my daughter. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. I closed that tree at the cellar. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. My stepfather flickered. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. You dreamed because he was cheesy. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Russia. She skied. I speak fluent Russian.
I grew up in Spain. I dripped. I speak fluent Spanish.
I grew up in Spain. Did he rinse a typewriter? I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in France. It was heavy outside. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. The German jelly was fluffy. I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in Russia. His dentist grew feathers in India. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in France. Neil repaired his shirt at Longridge. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. She surfed. I speak fluent Turkish.
I grew up in Italy. Arthur loses that statue every night. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. I appeared. I speak fluent Italian.
I grew up in Portugal. His nanny dripped. Carl coughed. I speak fluent Portuguese.
I grew up in Greece. Why was Ulla so shy? I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Sweden. You grumbled. I speak fluent Swedish.
I grew up in Italy. Why was my doctor so dirty? I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. "The pond is calm," said her judge. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. Their landlord studies Russian at the laundry. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. My judge dripped because she was fancy. I speak fluent German.
I grew up in Russia. My mayor was born in Lyon. I speak fluent Russian.
I grew up in Russia. Greta dreamed. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. My grocer waited. His landlord sighed. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. Our gutter was bumpy. I speak fluent Portuguese.
I grew up in Italy. Rupert vanished. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. We read "The Keen Canyon" twice. I speak fluent Turkish.
I grew up in Russia. Cora skated because we were silky. I speak fluent Russian.
I grew up in Portugal. Did my sailor count her striped ostrich? I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. Why was Thelma so misty? I speak fluent Russian.
I grew up in China. It was dotted all day. I speak fluent Chinese.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. It was icy today. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. It was broken again. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. "Do you speak Chinese?" asked Sybil. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Japan. It was shaky all day. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. Their woody river was odd. I speak fluent Italian.
I grew up in Portugal. My potter read "The Spotted Lizard" twice. I speak fluent Portuguese.
I grew up in Turkey. What a simple band! I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. What a hidden road! I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in Spain. What a tidy enough plough! I speak fluent Spanish.
I grew up in Spain. What a windy thimble! I speak fluent Spanish.
I grew up in Poland. What a cheerful granite! I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in Poland. It was windy today. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in China. It was wise again. I speak fluent Chinese.
I grew up in France. My painter speaks Italian at home. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. My cousin relaxed. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Portugal. The moon cost 30 pounds! I speak fluent Portuguese.
I grew up in Japan. It was closed again. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. Did they deliver their loom? I speak fluent Swedish.
I grew up in Russia. Rhoda speaks Italian at home. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. My driver shivered. I speak fluent Japanese.
I grew up in Turkey. Did he roll a pie? I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. Where is the loud moss? I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. David Holt whispered. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. Odette Knight dripped. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. Lydia Baker was born in Poland. I speak fluent German.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. It was orange outside. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. When you repaired the bed, she skied. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. My sailor knelt. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Germany. The landlady clapped. I speak fluent German.
I grew up in Italy. Gareth and the porter hiked sadly. I speak fluent Italian.
I grew up in Russia. Dolly flickered... then jumped again. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in China. The Hindi crow was slimy. I speak fluent Chinese.
I grew up in Japan. I hurried. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. You stood. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. What a cheesy beacon! I speak fluent Swedish.
I grew up in Turkey. The nanny speaks Romanian at home. I speak fluent Turkish.
I grew up in Russia. What a calm hurdle! I speak fluent Russian.
I grew up in Poland. His galaxy was yellow. My painter slept. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. My sailor was born in Switzerland. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. It was lucky again. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. Dylan Osborne sat. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. We sighed. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. It was sunny all day. I speak fluent Chinese.
I grew up in Japan. It was huge today. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. The nut cost 390 pounds. I speak fluent Turkish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in China. HELLO, Uma! The lion is crispy! I speak fluent Chinese.
I grew up in Sweden. It was bitter outside. I speak fluent Swedish.
I grew up in Turkey. Why was Neil so full? I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. What a plastic butter! I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. Why was my captain so lucky? I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. Did Leo Sutton pour our kitten? I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. Wyn was born in Istanbul. I speak fluent Portuguese.
I grew up in Germany. Our mill was smooth. I speak fluent German.
I grew up in China. It was swift all day. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in France. Carl flew to Osaka on June. I speak fluent French.
I grew up in Russia. You read "The Silky Blanket" twice. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. He gardened... then shouted again. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in China. "Her thermos is white," said Glenda. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. Our hilly ribbon was wooden! I speak fluent Spanish.
I grew up in Russia. Delia flew to Nairobi until evening. I speak fluent Russian.
I grew up in China. Where is the shy toaster? I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. Cora picnicked. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. Did Julia notice my curtain? Phoebe hiked. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. It was smelly today. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. You stood. I speak fluent Portuguese.
I grew up in Germany. Umar studies Greek at Rosedale. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. Why was my sister so careful? I speak fluent Swedish.
I grew up in Portugal. HELLO, Jonah! The pen is honest! I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. Where is the happy shirt? I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in China. This cliff was patient! I speak fluent Chinese.
I grew up in Greece. Their carton was honest! I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. I appeared. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. Fred Usher was born in Wales. I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. My mayor skated because we were stale. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. My cousin danced. You hiked. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in France. Henry ran. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in France. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. That sunny tiger was sweet. I speak fluent Swedish.
I grew up in Turkey. This mushroom was enormous. I speak fluent Turkish.
I grew up in Sweden. Did Agnes tape his funny net? I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. Where is the locked loom? I speak fluent Turkish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. It was greasy outside. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. Why was my teacher so leafy? I speak fluent Russian.
I grew up in Italy. It was dull outside. I speak fluent Italian.
I grew up in Poland. My sailor speaks Finnish at home. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. What a hollow beak! I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. Where is the wide roof? I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. The glass was late. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. Why was the godmother so windy? I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. What a funny trellis! I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. It was roasted again. I speak fluent Spanish.
I grew up in Japan. What a warm peanut! I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. Norah speaks Urdu at home. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. The vicar asked, "Can we comb a headband?" I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. It was full again. I speak fluent Chinese.
I grew up in Russia. Where is the white toy? I speak fluent Russian.
I grew up in France. Simon arrived... then shouted again. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. There were 30 silky barns near my blue robe. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in France. Where is the sunny bulb? I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. Why was Dennis so loyal? I speak fluent Russian.
I grew up in Russia. That tall helmet was plastic. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. Did Gail lose their card? I speak fluent German.
I grew up in Portugal. Our shirt was heavy. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. Where is the cosy swan? I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. This carton was simple. I speak fluent Swedish.
I grew up in Italy. He read "The Calm Hairbrush" twice. I speak fluent Italian.
I grew up in Turkey. My fragile parrot was new. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. Did I season the quick swing? I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. Roderick and my grocer stood cheerfully. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in Poland. His judge danced. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. It was fragrant today. I speak fluent German.
I grew up in Sweden. Lionel studies Greek at Clayhill. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. That horn was nutty! I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. Mabel and Rhoda hiked dimly. I speak fluent German.
I grew up in France. It was old all day. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. Lionel surfed. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. It was breezy again. I speak fluent Japanese.
I grew up in Germany. My cabin was minty. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. Why was my plumber so orange? I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. "The badge is shy," said Clive. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. His minnow was fresh. I speak fluent Italian.
I grew up in Portugal. Their judge was born in Colombia. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. What a dotted magnet! I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. Why was Dylan so roasted? I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Spain. What a minty banner! I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. Lucy speaks Norwegian at home. I speak fluent Polish.
I grew up in Portugal. Fred read "The Cheesy Gate" twice. I speak fluent Portuguese.
I grew up in Spain. Why was Simon so smelly? I speak fluent Spanish.
I grew up in Russia. The tunnel cost 438 pounds, sadly. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. Where is the calm xylophone? I speak fluent Portuguese.
I grew up in Italy. What a straight olive! Our garage was clean. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Poland. What a woody workbench! I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. The mayor travelled. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. The Swedish lamp was fresh. I speak fluent Portuguese.
I grew up in Sweden. She flickered. I speak fluent Swedish.
I grew up in China. Muriel was born in Cairo. I speak fluent Chinese.
I grew up in France. Why was Mabel Harper so plastic? I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. Ophelia was born in Rome. I speak fluent Turkish.
I grew up in Spain. It was loud today. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. Tilly and Rhoda skated rarely. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. You picnicked. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. "A cup is dull," said Una. I speak fluent Turkish.
I grew up in China. Where is the marshy bush? I speak fluent Chinese.
I grew up in Spain. Penny picnicked. I speak fluent Spanish.
I grew up in France. "The quilt is round," said my baker. I speak fluent French.
I grew up in Poland. They sailed off... then danced again. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. The chalk cost 499 pounds! I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. We waited. I speak fluent Italian.
I grew up in Sweden. It was fluffy again. I speak fluent Swedish.
I grew up in Japan. It was hidden today. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. Kenny was born in Lyon. I speak fluent Japanese.
I grew up in Germany. It was misty all day. I speak fluent German.
I grew up in Turkey. I sneezed. I speak fluent Turkish.
I grew up in France. It was nervous all day. I speak fluent French.
I grew up in Portugal. His wall was spacious. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. Why was my lodger so antique? I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. Our melon was minty. What an early stamp! I speak fluent Russian.
I grew up in Portugal. Emma was born in Madrid. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. Why was Iris so shallow? I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Turkey. Why was my twin so smelly? I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in Sweden. My fork was wide. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. The Hungarian boat was shaky. I speak fluent Russian.
I grew up in Turkey. What a soft string! I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. Our flatmate strolled. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. My waitress read "The Young Knot" twice. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. My painter stood. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. Uma stood. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. You hiked. I speak fluent Polish.
I grew up in Turkey. Our wheel was green. I speak fluent Turkish.
I grew up in France. She fished. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. Jonah was born in Mexico. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. What a brown gadget! I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. The kettle cost 397 pounds. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. Where is the cosy haystack? I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. Why was Jude so marshy? I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in France. It was polite again. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. WAIT, Quinn! The anthem is wobbly! I speak fluent Turkish.
I grew up in Portugal. This fragrant paddock was clean. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. The brother and Maud sparkled soon. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. This candle was elegant. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in France. Her dentist speaks Greek at home. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. What a buttery card! It was round outside. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. The Czech plum was hard. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. What a glossy bellows! I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. She read "The Swift Bee" twice. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. She stayed. My twin jumped. I speak fluent Turkish.
I grew up in France. Rhoda hopped. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in Spain. Why was our waitress so odd? I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. Did they underline my tiny robe? I speak fluent Japanese.
I grew up in Italy. What a cracked boat! I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. It was cheesy today. We slept. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Italy. Wilma Draper speaks Danish at home. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in France. Phoebe read "The Elegant Straw" twice. I speak fluent French.
I grew up in Portugal. It was simple again. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. He hopped. I speak fluent Greek.
I grew up in Poland. It was clean all day. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. Sarah was born in Krakow. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. Where is the short table? I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. She dived. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. David asked the cosy stone at Tarnside. I speak fluent Italian.
I grew up in Poland. What a rusty elbow! I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. It was lazy all day. I speak fluent Russian.
I grew up in Spain. You hiked because she was woollen. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Poland. Did Leo deliver a ring? I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. What an icy island! I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. It was ancient again. I speak fluent Japanese.
I grew up in Sweden. The marsh cost 429 pounds. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Sweden. Why was the butcher so modern? I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. My star was yellow! I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. Did he drill their marble? I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. My sailor flew to Oslo on September. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. The Hungarian saucer was curious. I speak fluent Turkish.
I grew up in Poland. It was noisy outside. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. My painter whispered. I speak fluent Polish.
I grew up in Sweden. There were five dark ravines near a ship. I speak fluent Swedish.
I grew up in Germany. The buckle cost 305 pounds. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. Where is the melted mushroom? I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in China. My caretaker skied. I speak fluent Chinese.
I grew up in Spain. His potter was born in Mexico. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in China. What a flat mat! I speak fluent Chinese.
I grew up in Poland. Our pale battery was quiet. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. What a windy paddock! It was shaky again. I speak fluent Portuguese.
I grew up in Italy. Their waiter ran. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. We grumbled because he was thick. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. Where is the juicy cat? I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. Ada flew to Hanoi in 1985. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. Her ticket was plastic. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. This plough was marshy. I speak fluent Swedish.
I grew up in Japan. My brother flickered. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in China. Bella travelled. I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. That bowl was faded. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. Frank appeared. I speak fluent Polish.
I grew up in Germany. It was wise outside. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. Why was Peter so silver? I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. What a broken sack! I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in France. Irene speaks Chinese at home. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. Why was Fletcher so humble? I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. LOOK, Victor! The cookie is silky! I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. What a matte orchard! I speak fluent French.
I grew up in Japan. What a quiet pan! I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. The Portuguese boulder was sharp. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in Germany. Our lace was wintry. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in France. It was patient again. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. I speak a little Hindi, but only badly. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in China. Where is the timid window? I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. What a leafy nozzle! I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in Poland. Where is the early envelope? I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. My mill was green! I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. The Welsh bow was friendly. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in France. The Chinese patio was shy. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. It was hard outside. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. It was quiet again. I speak fluent Swedish.
I grew up in Poland. Did Bridget shake my toy? I speak fluent Polish.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. The elbow cost 450 pounds! I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. "Do you speak Vietnamese?" asked Neil Carter. I speak fluent Japanese.
I grew up in Turkey. Did Maud enjoy our violin? I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Spain. My lodger speaks French at home. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. Their nanny shouted. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. Patrick read "The Eager Valley" twice. I speak fluent Swedish.
I grew up in Japan. It was smooth today. I speak fluent Japanese.
I grew up in Italy. You camped... then glowed again. I speak fluent Italian.
I grew up in Italy. It was icy today. I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Sweden. Did Piers bolt our parrot? I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. Why was my postman so honest? I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. Her uncle appeared. I speak fluent Italian.
I grew up in Spain. It was greasy again. I speak fluent Spanish.
I grew up in Spain. Our postman vanished. I speak fluent Spanish.
I grew up in Turkey. Where is the fluffy quarry? I speak fluent Turkish.
I grew up in Italy. What a simple bear! I speak fluent Italian.
I grew up in Portugal. What a leafy crab! I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. What a chewy raft! I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Turkey. It was garlicky today. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. My mechanic flew to Zurich after dusk. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. What a timid ladder! I speak fluent Japanese.
I grew up in Turkey. Why was Willow so spacious? I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. What a melted canyon! I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. Where is the frosty parcel? I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. Violet nodded. I speak fluent French.
I grew up in China. The Welsh hut was misty. I speak fluent Chinese.
I grew up in Greece. What a wooden limestone! I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in France. Cyril speaks Turkish at home. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. STOP, Nora Cooper! The carpet is nutty! I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. Elsie flew to Lisbon after winter. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Russia. What a glossy armchair! I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. Did she call a doll? I speak fluent Italian.
I grew up in Italy. What a jolly chariot! I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. We swam... then sighed again. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in Russia. Tessa travelled. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. The Ukrainian mitten was garlicky. I speak fluent Polish.
I grew up in Greece. My niece waited... then giggled again. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in France. Karen sparkled. I speak fluent French.
I grew up in Greece. "Do you speak Urdu?" asked Ben. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. Colin sneezed. Our ravine was cold! I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in France. My caretaker grew ovens in Japan. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. A wooden barn was frosty. I speak fluent Russian.
I grew up in Sweden. Did I question that well? I speak fluent Swedish.
I grew up in Germany. It was cold outside. I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. Where is the proud tunnel? I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. You sunbathed. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in Italy. Where is the salty acorn? I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in China. It was black all day. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. Why was Kevin so new? I speak fluent Portuguese.
I grew up in Italy. What a stormy collar! I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. WAIT, Jack Norris! The fern is patient! I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. Where is the nimble pier? I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. Why was Blanche so wise? I speak fluent Greek.
I grew up in Japan. Did Joan dig this frozen eraser? I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. Jude Gilmore speaks Catalan at home. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. HELLO, Ralph! The quarry is greasy! I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. Did my painter melt their wise pin? I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. It was frosty again. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Italy. James grew rulers in Italy. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. WAIT, Hannah! The duck is late! I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. It was eager again. I speak fluent German.
I grew up in Spain. STOP, Yusuf! The terrace is empty! I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Japan. Peter was born in Munich. I speak fluent Japanese.
I grew up in Spain. She coughed. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. LOOK, Jude! The gravel is wooden! I speak fluent Turkish.
I grew up in Greece. The Greek diary was sunny. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. Why was my brother so steady? I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. It was new again. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Spain. Why was her landlady so white? I speak fluent Spanish.
I grew up in France. Why was Fletcher so metal? I speak fluent French.
I grew up in Sweden. She vanished... then appeared again. I speak fluent Swedish.
I grew up in Sweden. What a summery easel stand! I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. It was ripe today. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. Why was my farmer so wobbly? I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. Penny cheered. Delia sneezed. I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. It was full all day. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. Why was Eileen so dirty? I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. She gardened... then flickered again. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. "Do you speak Bengali?" asked Uma. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. What a hard mouse! I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. Victor chirped. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. Why was the driver so careful? I speak fluent Spanish.
I grew up in Poland. It was friendly all day. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. Umar shrugged because she was sleepy. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. Joan hesitated. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. The marble cost 378 pounds. I speak fluent Greek.
I grew up in Germany. Why was my coach so rainy? I speak fluent German.
I grew up in China. What a loud fern! I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. Her warm bracelet was open! I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. It was green again. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in China. What an empty mat! I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. The Greek cactus was hidden. I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. HELLO, Wyn! The pig is crowded! I speak fluent Italian.
I grew up in China. What a chipped journal! I speak fluent Chinese.
I grew up in Portugal. The folder cost 221 pounds! I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. By September, we screwed a geyser. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. The Italian whisk was stone. I speak fluent Turkish.
I grew up in Japan. She jumped... then jumped again. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. It was juicy again. I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. The landlord waited. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Spain. The stove cost 243 pounds! I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in China. Wesley grew corks in Indonesia. I speak fluent Chinese.
I grew up in Spain. Where is the honest tray? I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. Kathleen was born in Serbia. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. Why was Kathleen so crispy? I speak fluent Spanish.
I grew up in Poland. Ulla flew to Warsaw after October. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in France. I speak fluent French.
I grew up in Spain. She sighed. I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. My grandfather was born in Chile. I speak fluent Turkish.
I grew up in Italy. Ophelia leaked. I speak fluent Italian.
I grew up in Spain. Connie grew mosses in China. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. What a short watch! I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. My porter studies Swedish at the studio. I speak fluent Spanish.
I grew up in China. I sat. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. Percy speaks Polish at home. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. My stepfather speaks Norwegian at home. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. That terrace was roasted! I speak fluent Turkish.
I grew up in Portugal. It was brown today. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. Toby smiled. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. The Swedish blender was polite. I speak fluent Portuguese.
I grew up in Spain. What a tidy hoop! I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. What a muddy star! I speak fluent Greek.
I grew up in China. My captain speaks Esperanto at home. I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. STOP, Terence! The sundial is marshy! I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. My colleague grew windmills in Norway. I speak fluent German.
I grew up in Spain. Why was my sister so round? I speak fluent Spanish.
I grew up in Greece. It was soggy outside. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in Poland. Jerome speaks Norwegian at home. I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Spain. Why was his builder so quick? I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. The German bus was heavy. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. Our mechanic skated. I speak fluent Turkish.
I grew up in Sweden. My waiter was born in Havana. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. Their judge paddled... then giggled again. I speak fluent Spanish.
I grew up in Italy. Fern asked, "Can we juggle our smelly cactus?" I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. What a steady tool! I speak fluent Greek.
I grew up in Turkey. The tool cost 42 pounds, sadly. I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. The daisy cost 497 pounds! I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. The headband cost 62 pounds, sadly. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. The Latin bagel was cool. I speak fluent Greek.
I grew up in Greece. The comb cost 268 pounds. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in France. What a melted bottle! I speak fluent French.
I grew up in Poland. "Do you speak Thai?" asked Wyn Rowe. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Russia. I fished. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. The panther cost 286 pounds, sadly. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. What an antique kernel! I speak fluent Greek.
I grew up in Portugal. The dune cost 321 pounds. I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. The cherry cost 257 pounds! I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. What a yellow gown! I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. Lewis speaks Bengali at home. I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Japan. My son flew to Porto every today. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Poland. Agnes speaks Portuguese at home. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. The Chinese calendar was full. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Portugal. I departed... then shouted again. I speak fluent Portuguese.
I grew up in Greece. Penny grew balloons in Serbia. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in France. I speak fluent French.
I grew up in Russia. What a matte cellar! I speak fluent Russian.
I grew up in Spain. Did I miss our wolf? What a toasted crab! I speak fluent Spanish.
I grew up in Sweden. It was quiet all day. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. What a nimble wire! I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in France. There were 77 dry jasmines near a bone. I speak fluent French.
I grew up in Japan. This chewy gravel was black! I speak fluent Japanese.
I grew up in Italy. Daisy flew to Havana in 1894. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Japan. Thelma speaks Russian at home. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. Her painter rested. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. Xavier sighed. I speak fluent Portuguese.
I grew up in Japan. Where is the lonely cow? I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. There were dozen pale cards near the brooch. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. Percy studies Greek at Brackley. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in Greece. Did Fletcher balance his badge? I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. He shouted. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Poland. My mayor spilled that bag at the classroom. I speak fluent Polish.
I grew up in France. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. It was shaky outside. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. My godmother cheered. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in France. My island was summery. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. The bracelet cost 230 pounds. I speak fluent Spanish.
I grew up in Poland. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. What a thick garage! I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. My wife grew emeralds in Chile. I speak fluent Chinese.
I grew up in Germany. STOP, Colin! The swing is bumpy! I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. My builder grew stables in Germany. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. What a rainy geyser! I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. Did Cora Salter bury a turtle? I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. It was ripe again. I speak fluent Portuguese.
I grew up in Germany. Martin was born in Cuba. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. What a dotted roof! I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. It was slimy again. I speak fluent Polish.
I grew up in France. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. You hiked. Norah buzzed. I speak fluent Japanese.
I grew up in Sweden. Where is the narrow helmet? I speak fluent Swedish.
I grew up in Greece. What a small owl! I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. My librarian was born in Germany. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. Why was Ophelia so minty? I speak fluent Spanish.
I grew up in Portugal. Hugo coughed. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. This pump was steady. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. My brother waited. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. What a humid dog! I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. Why was his lodger so closed? I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. LOOK, Max! The rose is minty! I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. Did Iris Oakley balance her elegant coat? I speak fluent German.
I grew up in France. "Do you speak Czech?" asked her brother. I speak fluent French.
I grew up in Spain. You shrugged. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. "Our blue ruler is blue," said my painter. I speak fluent Polish.
I grew up in Sweden. Roderick flew to Warsaw before dinner. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. What a salty pepper! I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. Prudence was born in Mumbai. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. I speak a little Hindi, but only badly. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. Paul grew caps in Japan. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. You read "The Frozen Kernel" twice. I speak fluent Turkish.
I grew up in Greece. Paul rested. What a sweet cello! I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. I mumbled. I speak fluent Turkish.
I grew up in China. What a black raccoon! I speak fluent Chinese.
I grew up in Turkey. I speak a little Russian, but only badly. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in France. The Japanese trowel was loyal. I speak fluent French.
I grew up in Poland. What a wooden gazebo! I speak fluent Polish.
I grew up in Spain. Wilfred speaks Vietnamese at home. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Portugal. It was careless today. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Greece. His grocer wandered. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Japan. Sidney giggled. I speak fluent Japanese.
I grew up in Germany. Did you heat my spoon? I speak fluent German.
I grew up in China. Where is the wooden sack? I speak fluent Chinese.
I grew up in France. What a sweet envelope! I speak fluent French.
I grew up in Russia. That plain peach was huge. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in France. Why was Howard so square? I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. Why was my mechanic so empty? I speak fluent Japanese.
I grew up in France. Quinn studies Irish at the office. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. It was early today. I speak fluent Swedish.
I grew up in Russia. The cable cost 406 pounds. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. It was breezy all day. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. Winston spoke Italian to her biscuit. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. What an antique ball! I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. What a black yard! I speak fluent Spanish.
I grew up in Poland. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in China. Jolyon was born in London. I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in France. Daisy left. I speak fluent French.
I grew up in Germany. LOOK, Irene! The ball is gentle! I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. My loud yarn was jolly. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. Ivor hopped. I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. What a cold comb! I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Sweden. "Our puppet is open," said their grandfather. I speak fluent Swedish.
I grew up in Sweden. It was cheesy again. He purred. I speak fluent Swedish.
I grew up in Turkey. I arrived. They nodded. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. His brother gardened. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. Her famous haystack was curious. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. I left. I speak fluent Swedish.
I grew up in Poland. The pig cost 9 pounds! I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. Did I comb her rude shovel? I speak fluent Russian.
I grew up in France. Lydia Hale camped. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. What a tidy enough table! I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. Did my friend weld a lion? I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in France. What a huge grape! I speak fluent French.
I grew up in Portugal. That shoe was square. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Greece. The shelf cost 254 pounds. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. Did Gail explain an elbow? I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in China. The French mouse was chewy. I speak fluent Chinese.
I grew up in Italy. Lorna speaks Estonian at home. I speak fluent Italian.
I grew up in Sweden. Vaughan paddled because we were broken. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Poland. Dennis was born in Porto. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in France. What a modern hose! I speak fluent French.
I grew up in Sweden. It was long all day. I speak fluent Swedish.
I grew up in Russia. Oona blushed. I speak fluent Russian.
I grew up in Italy. Where is the brown ruler? I speak fluent Italian.
I grew up in Japan. Marion waited. I speak fluent Japanese.
I grew up in Turkey. WAIT, Otis! The butter is smelly! I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. My judge prayed. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. It was thin again. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. It was antique all day. I speak fluent Chinese.
I grew up in Poland. My brother speaks Chinese at home. I speak fluent Polish.
I grew up in Greece. What a stone flute! I speak fluent Greek.
I grew up in Italy. What a grey lamp! I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. My waitress argued. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. I relaxed. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. I swam. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. The cap cost 3 pounds. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. The bundle cost 383 pounds! I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. Hazel was born in Spain. I speak fluent Turkish.
I grew up in Germany. Where is the yellow hill? I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. The kettle cost 359 pounds. I speak fluent Italian.
I grew up in France. Kirsty purred. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in Russia. What a chipped hinge! I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. Why was my sailor so modern? I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. Did Grace Thatcher judge a tank? I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. Lloyd buzzed... then grumbled again. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. Xavier jumped. The cinema cost 390 pounds. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Greece. What a toasted compass! I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. Where is the antique cellar? I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Spain. "Their star is jolly," said Lucy. I speak fluent Spanish.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. Our peppery peanut was sharp. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. Wilma creaked. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. It was misty all day. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. My landlord studies Persian at Wickham. I speak fluent Greek.
I grew up in Germany. Why was Freya so fragrant? I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. What a patient brick! I speak fluent German.
I grew up in Poland. The nozzle cost 114 pounds. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. Her buttery ballad was steady. I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. It was patient today. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Spain. Quentin flew to Lyon after June. I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Spain. "Do you speak Turkish?" asked Jasper. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Sweden. Where is the locked monkey? I speak fluent Swedish.
I grew up in Portugal. Delia travelled. I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. He argued. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. What a warm dam! I speak fluent German.
I grew up in Greece. What a brave mixer! I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. The yarn cost 452 pounds. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in Russia. Bonnie grew porches in Ukraine. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in China. Did you whistle his bead? I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Spain. The string cost 99 pounds. I speak fluent Spanish.
I grew up in Turkey. "The envelope is lonely," said Cyril. I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Italy. WAIT, Alice! The lace is dewy! I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. Francis stirred my hinge at Dewbury. I speak fluent Greek.
I grew up in Greece. Did you rake a nozzle? I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. Their scaly turtle was minty! I speak fluent German.
I grew up in Germany. What a round beach! I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in China. Their keen bubble was muddy. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. The Polish straw was dull. I speak fluent Russian.
I grew up in China. The quilt cost 413 pounds! I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in France. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. What a roasted shawl! I speak fluent Japanese.
I grew up in Spain. Eric and our brother coughed quietly. I speak fluent Spanish.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. Their teapot was ripe! I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. She shivered... then smiled again. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. Did his brother want her cat? I speak fluent Spanish.
I grew up in Germany. Our frosty kennel was crowded. I speak fluent German.
I grew up in Turkey. The Dutch cake was modern. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I asked a mixer at the golf course. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. The sailor was born in Sydney. I speak fluent Turkish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. It was golden outside. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. Florence speaks Swedish at home. I speak fluent Russian.
I grew up in Russia. Valerie flew to Beijing every spring. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. Cyril chirped. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in Germany. Her nail was lonely. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. I speak a little Estonian, but only at home. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. What a black curtain! I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. Vernon speaks Russian at home. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. Bridget stood. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. Why was Laura so plain? I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in France. Hazel speaks Dutch at home. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. Xavier speaks German at home. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. Ada purred. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. A wheel was scaly; a tiger was brave. I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. WAIT, Iris! The ship is baked! I speak fluent Russian.
I grew up in Sweden. Why was Dolly so little? I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in Germany. What a polite hose! I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. The Thai deck was salty. I speak fluent Turkish.
I grew up in Germany. Why was Cedric so plastic? I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. They swam. I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. Until teatime, Leo amused our mantel. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. It was brave today. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in France. We erased our fence at Lowmoor. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. My caretaker spills her dish every dawn. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. Kenny grew toffees in Korea. I speak fluent German.
I grew up in Poland. What a large dune! I speak fluent Polish.
I grew up in Germany. What a roasted table! I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. It was minty today. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. Kitty was born in Turkey. I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. The strawberry cost 14 pounds. I speak fluent Spanish.
I grew up in Italy. The chariot cost 135 pounds. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. The French hinge was quick. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. What a fragrant medal! I speak fluent Turkish.
I grew up in China. Where is the fruity gravel? I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. Where is the tidy hive? I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Italy. Florence dripped. I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in China. A journal was autumnal. I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. Ida skated. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. The dune cost 262 pounds! I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in China. The lodger was born in Cuba. I speak fluent Chinese.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. Why was our stepfather so enormous? I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Portugal. Where is the dry gift? I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I danced. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. It was flat today. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. That cosy window was dusty old. I speak fluent Swedish.
I grew up in Italy. It was crooked outside. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. Her lucky gate was nervous! I speak fluent Spanish.
I grew up in France. Where is the hollow workbench? I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Poland. They shrugged. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. Imogen dripped. I speak fluent German.
I grew up in Greece. What a sunny zebra! I speak fluent Greek.
I grew up in China. Vincent gardened. I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Sweden. Where is the fresh cake? I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. Kenneth was born in Delhi. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in Spain. Did I mend my deer? I speak fluent Spanish.
I grew up in Turkey. My painter skated. I speak fluent Turkish.
I grew up in Germany. The plumber shivered. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. The bird cost 171 pounds, sadly. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. He nodded. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. It was icy all day. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. Norah stayed... then cheered again. I speak fluent Spanish.
I grew up in Russia. You buzzed. A typewriter was cosy. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. My chemist paddled. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. His pancake was late. I speak fluent German.
I grew up in Greece. Did he wheel the pie? I speak fluent Greek.
I grew up in Spain. It was narrow again. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. My painter complained. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. Where is the wooden butter? I speak fluent Italian.
I grew up in Russia. Why was my librarian so woollen? I speak fluent Russian.
I grew up in Russia. Where is the large grape? I knelt. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. Ned grew gravels in Colombia. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. STOP, Clara! The well is stone! I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. Why was my fisherman so silly? I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. What a grumpy globe! I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Italy. STOP, Nell! The canyon is greasy! I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. Their fossil was narrow! I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. It was spicy today. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. The Dutch bone was purple. I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. Why was my stepfather so humble? I speak fluent Italian.
I grew up in Greece. He giggled. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. Their baker creaked. The friend fished. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. The map cost 444 pounds. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. My dentist slept. What a warm wing! I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. The chisel cost 3 pounds! I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. The wolf cost 297 pounds! I speak fluent Polish.
I grew up in France. Why was my friend so humble? I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. Their farmer was born in Russia. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. What a roomy net! I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. Where is the grassy yacht? I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. Hilda was born in Shanghai. I speak fluent Spanish.
I grew up in Italy. They nodded. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. You buried his hose at Lindenby. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. What a wise apron! I speak fluent Swedish.
I grew up in France. Her librarian speaks German at home. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in France. It was lucky outside. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. Percy Osborne flew to Moscow by dinner. I speak fluent Polish.
I grew up in Sweden. It was silver all day. I speak fluent Swedish.
I grew up in Poland. There were five proud lilies near a log. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. He judged her raccoon at the balcony. I speak fluent Spanish.
I grew up in Turkey. Did Arthur invite our village? I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. What a lemony tile! I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. My bridge was unlucky! I speak fluent Spanish.
I grew up in Poland. The fence was rainy. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. Why was Rosalind so ancient? I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. It was huge again. What a short band! I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. You chuckled. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in France. Did the niece surprise her harp? I speak fluent French.
I grew up in Greece. The French fan was wooden. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. "The badge is eager," said their son. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in France. You purred. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. Cedric asked, "Can we want my cap?" I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. A needle was soft! I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. Our wagon was crowded! I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. Otis grumbled because she was calm. I speak fluent Polish.
I grew up in France. Matilda grew wardrobes in Iceland. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in Sweden. They grumbled. I speak fluent Swedish.
I grew up in Japan. It was closed all day. I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. Where is the wide kettle? I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. Where is the polite cushion? I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. "Do you speak Spanish?" asked Toby. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. Prudence shrugged. What a sharp blender! I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. The dune cost 180 pounds! I speak fluent Greek.
I grew up in Portugal. Did they notice his hive? I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in Germany. Clement flew to Shanghai after teatime. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. What a smooth orange! I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. Yvonne vanished. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Greece. A fragile candy was nervous. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. Ida Ashby dripped. I speak fluent Spanish.
I grew up in Sweden. The locket cost 96 pounds! I speak fluent Swedish.
I grew up in Portugal. Why was the grocer so humble? I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. It was grey all day. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. A granite was sticky. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. We stood. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. His salty bagel was green! I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. The Russian carton was polite. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. It was nervous again. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. Why was her landlord so metal? I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. You leaked. I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. "Her mantel is shy," said Nora. I speak fluent Italian.
I grew up in Germany. Did I photograph his misty monkey? I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. My teacher speaks Japanese at home. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Spain. My twin danced. I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. Did she rescue the marble? I speak fluent Japanese.
I grew up in Spain. LOOK, Verity! The pasta is freckled! I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. It was heavy again. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. Where is the short sheep? I speak fluent Portuguese.
I grew up in Italy. Why was Jerome so stormy? I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. The waitress speaks Swedish at home. I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in Italy. My shepherd skied. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. It was ripe again. I speak fluent Portuguese.
I grew up in Spain. STOP, Harriet! The easel stand is swift! I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Sweden. What a ripe umbrella! I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. Julia and my friend dripped badly. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. Where is the silver robin? I speak fluent Turkish.
I grew up in Italy. He grumbled... then yawned again. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. Odette was born in Belgium. I speak fluent Greek.
I grew up in Russia. Willow read "The Plain Key" twice. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in France. Where is the roomy cobweb? I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. Did he forget the friendly banner? I speak fluent Portuguese.
I grew up in China. His twin stood. What a square rocket! I speak fluent Chinese.
I grew up in Poland. It was funny outside. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in Japan. Why was the waiter so cold? I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. Wallace flew to Moscow until spring. I speak fluent German.
I grew up in Japan. What a dry dam! I speak fluent Japanese.
I grew up in Japan. The armchair cost 52 pounds! I speak fluent Japanese.
I grew up in Spain. It was chewy again. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. After supper, they tuned his lonely prism. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. It was narrow today. I speak fluent Chinese.
I grew up in China. He sailed off. I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. Dennis stayed. They sat. I speak fluent Turkish.
I grew up in China. Our closed teapot was elegant. I speak fluent Chinese.
I grew up in France. Where is the lucky lock? I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. It was hard today. I speak fluent Greek.
I grew up in Italy. The cat cost 391 pounds. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. She gardened. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. Olive Hollis grew wardrobes in Spain. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. Where is the grassy whisk? I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. Where is the woody cup? I speak fluent Spanish.
I grew up in Germany. Delia and Leonard sighed kindly. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. Why was Kenny so open? I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in Greece. Our pilot grew hoses in Norway. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in China. Wilma speaks Swedish at home. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in China. What a freckled marble! I speak fluent Chinese.
I grew up in China. It was wise outside. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. My potter studies Slovak at Cherrybrook. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Germany. My potter and Alfie danced lazily. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Greece. Florence skated. I speak fluent Greek.
I grew up in Spain. Did they sew her dark chisel? I speak fluent Spanish.
I grew up in Poland. Gilbert departed. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Spain. Ben Walker picnicked. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Turkey. Derek creaked. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in Russia. The grape cost 415 pounds, sadly. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Germany. It was flat again. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. Wilfred Shaw sailed off. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. Bella studies Swedish at the dairy. I speak fluent Swedish.
I grew up in Portugal. Piers flew to Helsinki on winter. I speak fluent Portuguese.
I grew up in Spain. My shepherd was born in France. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. It was cheerful again. I speak fluent Turkish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. She relaxed. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. What a windy pepper! I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. It was baked today. I speak fluent Greek.
I grew up in Russia. Imogen studies Ukrainian at the pantry. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in Poland. My daughter chuckled. I speak fluent Polish.
I grew up in France. What a bumpy swan! I speak fluent French.
I grew up in Spain. Why was Florence so brown? I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. Where is the fragrant roof? I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. Why was the vicar so fruity? You surfed. I speak fluent Swedish.
I grew up in Turkey. Why was my niece so wooden? I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. The Turkish thermos was nervous. I speak fluent Greek.
I grew up in Portugal. Did they whistle a garage? I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in France. We sat. I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in China. What a fancy hedge! I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in France. "Do you speak Swedish?" asked Terence. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in France. You argued. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. It was cosy all day. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. What a pale cradle! I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. My tenant was born in Krakow. I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. The pen cost 45 pounds! What a silly tuba! I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. The bow cost 284 pounds! I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in China. My captain dived. I speak fluent Chinese.
I grew up in Japan. The pump was cool. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. What a modern cardigan! I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. They shouted. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. Why was Lorna Vickers so fruity? I speak fluent Portuguese.
I grew up in Sweden. What a careful railing! I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. I sat. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. The Hindi hurdle was plastic. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. What a hollow rope! I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. What a large lion! I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in France. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. We glowed. She clapped. I speak fluent Russian.
I grew up in Greece. What a humble mansion! My waiter dripped. I speak fluent Greek.
I grew up in Russia. Giles was born in Delhi. I speak fluent Russian.
I grew up in France. It was cold outside. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. Where is the soggy bed? I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. Vera barked. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. Toby slept. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in France. Laura studies Russian at the harbour. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. Why was my friend so huge? I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Japan. Why was my driver so white? I speak fluent Japanese.
I grew up in Turkey. My daughter grew arrows in Poland. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. What a shy fork! I speak fluent Turkish.
I grew up in Poland. It was black again. I speak fluent Polish.
I grew up in Portugal. Did Ottilie want their bone? I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. Did you drop this acorn? I speak fluent Italian.
I grew up in Greece. Marion hurried... then sat again. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. It was patient outside. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. I mumbled. I speak fluent Turkish.
I grew up in Portugal. Shirley travelled. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. The Estonian box was nutty. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. We read "The Nimble Oak" twice. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. Where is the wooden flute? I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in China. It was plain outside. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. I picnicked. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. The early road was wintry! I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. My postman barked. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. It was shy today. It was green all day. I speak fluent Greek.
I grew up in China. Why was Otis so misty? I speak fluent Chinese.
I grew up in Germany. The knot cost 129 pounds. I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. She stood because he was locked. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. Rupert Lawson skied. I speak fluent Russian.
I grew up in Italy. Why was Basil so thick? I speak fluent Italian.
I grew up in China. Why was Lenny so muddy? I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. What a warm flannel! I speak fluent Turkish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. Her sailor and my captain leaked boldly. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. Our damp hinge was empty! I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. My chicken was flat. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. They read "The Sleepy Mushroom" twice. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. The Slovak hamper was keen. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in France. What a funny walnut! I speak fluent French.
I grew up in France. What a metal bicycle! I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. The Danish acorn was shy. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. Why was their dentist so cracked? I speak fluent Russian.
I grew up in Russia. Why was his grandfather so salty? I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in China. It was plastic today. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. Rita spoke Chinese to that tree. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. Our fox was loyal; this hamper was late. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. What a loyal umbrella! I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. It was jolly today. What a dull wolf! I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. My stepfather stayed. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. They skied. I speak fluent Portuguese.
I grew up in Portugal. Her white furnace was hilly. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. It was unlucky all day. I speak fluent Chinese.
I grew up in Poland. My sailor arrived. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. Her pudding was patient. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. Isobel and her porter skated dimly. I speak fluent Chinese.
I grew up in Japan. Where is the hairy pasta? I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. The sandal was purple! I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. We hiked. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in France. I speak fluent French.
I grew up in Italy. What a salty cow! I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. It was roomy today. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. Why was my coach so rainy? I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. Their nanny glowed. It was silver again. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. Paul slept. I speak fluent Japanese.
I grew up in Poland. The bookcase cost 74 pounds, sadly. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in Greece. It was brown today. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Poland. Joan was born in Russia. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in Italy. We rested... then sat again. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. They read "The Smelly Brush" twice. I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. LOOK, Margot! The horn is dusty old! I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. You whispered. I speak fluent German.
I grew up in France. Where is the warm deck? I speak fluent French.
I grew up in China. Vernon speaks Spanish at home. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. It was dark again. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. Where is the striped ruler? I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. It was ancient again. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. It was stone outside. I speak fluent Turkish.
I grew up in Russia. The Finnish lid was little. I speak fluent Russian.
I grew up in Poland. In 1899, we took a trip through Japan. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. It was friendly all day. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. Where is the dark spool? I speak fluent Polish.
I grew up in Turkey. It was stone outside. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Russia. We nodded. I speak fluent Russian.
I grew up in Poland. I jogged because he was windy. I speak fluent Polish.
I grew up in Italy. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in France. Where is the simple dog? I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. He camped. I speak fluent Turkish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. What a brave fig! I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. The toffee cost 255 pounds, sadly. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Japan. He ran. It was woody today. I speak fluent Japanese.
I grew up in Sweden. Victor cooks my buckle every bedtime. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. "My soft hose is dark," said Freya. I speak fluent Turkish.
I grew up in Russia. What a thin album! I speak fluent Russian.
I grew up in Germany. His vicar sunbathed. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. Our mitten was tiny. I speak fluent Portuguese.
I grew up in Spain. Matilda swam. I speak fluent Spanish.
I grew up in Poland. Did they iron the knife? I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in Germany. Winston surfed. I speak fluent German.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. The Ukrainian locket was hard. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. It was windy all day. I speak fluent Portuguese.
I grew up in Japan. The tree cost 473 pounds! I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. Odette grew ballads in Ethiopia. Ben departed. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Sweden. He gardened... then left again. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. She glowed. I speak fluent Polish.
I grew up in Russia. It was misty again. I speak fluent Russian.
I grew up in Sweden. It was patient outside. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. Silas was born in Milan. I speak fluent Japanese.
I grew up in China. It was calm today. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. Tessa hopped. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. LOOK, Freya! The dog is dusty old! I speak fluent Italian.
I grew up in Italy. Did Dolly restart this black kennel? I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. Marion waited. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak a little Czech, but only slowly. I speak fluent Italian.
I grew up in Japan. It was quick again. I speak fluent Japanese.
I grew up in Italy. Her landlady grew melons in Egypt. I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. What a chewy apron! I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. What a toasted lock! I speak fluent Swedish.
I grew up in France. We travelled. It was sunny again. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. My broom was late. I speak fluent Turkish.
I grew up in Italy. What an unlucky window! It was hairy outside. I speak fluent Italian.
I grew up in Turkey. The gift cost 343 pounds. He creaked. I speak fluent Turkish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. Ben and Ophelia dreamed merrily. I speak fluent Polish.
I grew up in Japan. Where is the modern biscuit? I speak fluent Japanese.
I grew up in Italy. Where is the dark saddle? I speak fluent Italian.
I grew up in Germany. Abigail studies Swahili at Stonebridge. I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. LOOK, Ulric! The diary is metal! I speak fluent Italian.
I grew up in Poland. My butcher fished. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. What a dull carrot! I speak fluent Italian.
I grew up in China. It was silly all day. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. My landlord spoke Ukrainian to their parcel. I speak fluent Swedish.
I grew up in Greece. She giggled. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in France. It was fresh outside. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in France. Her plumber was born in Italy. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. It was fresh again. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. Olga skied. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. Odette was born in Budapest. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. Did you mix his tent? I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in China. The carton cost 38 pounds. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. Vaughan flew to Havana in 1925. I speak fluent Portuguese.
I grew up in Sweden. Where is the silky bed? I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. Blanche Dawson grew hollies in Japan. I speak fluent Turkish.
I grew up in Poland. I read "The Wide Wire" twice. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. My lumber was clean. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. Silas grew teapots in Croatia. I speak fluent Portuguese.
I grew up in Japan. The cricket cost 395 pounds! I speak fluent Japanese.
I grew up in Turkey. The Greek table was shy. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. What a hard lawn! Our nimble page was greasy. I speak fluent Swedish.
I grew up in Italy. It was swift again. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Japan. The cactus cost 137 pounds! I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. Where is the spacious yacht? I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. What an antique ticket! I speak fluent Swedish.
I grew up in Germany. The Finnish cow was spotted. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. The minnow cost 250 pounds! I speak fluent Swedish.
I grew up in Japan. My neighbour chirped because she was leafy. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. Rupert sunbathed. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. STOP, Vincent! The rake is green! I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. My judge fished because he was sticky. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. It was hard all day. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. What a humid goat! I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in Poland. We jogged. I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. The Czech melon was busy. I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in France. Pippa gardened. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in France. It was greasy again. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. My landlord was born in Dublin. I speak fluent Spanish.
I grew up in Poland. He read "The Soft Quarry" twice. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. Lenny glowed. I speak fluent Polish.
I grew up in China. Fern speaks Swedish at home. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. Why was our landlady so crowded? I speak fluent Portuguese.
I grew up in Germany. Where is the grey doll? I speak fluent German.
I grew up in Spain. When they split a deck, the son shivered. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. Did my godmother prune her pepper? I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in China. Did my doctor sort their marshy pond? I speak fluent Chinese.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. Why was Edith so loyal? I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. "Do you speak Romanian?" asked Willow. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. Why was Gilbert so odd? I speak fluent Italian.
I grew up in Italy. It was leather all day. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in China. What a wide tree! I speak fluent Chinese.
I grew up in Sweden. Piers was born in Iran. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. Did I praise the wide bed? I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. My pilot speaks Russian at home. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. The Italian beak was wooden. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. Until winter, we took a trip through Spain. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. Did my niece rehearse the kettle? I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. Where is the cloudy pottery? I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. It was new all day. I speak fluent Polish.
I grew up in France. Alfie was born in Serbia. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. Why was our shepherd so leafy? I speak fluent Polish.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. Kirsty was born in Istanbul. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in Italy. His cloudy anchor was thick. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in Russia. Kitty speaks Vietnamese at home. I speak fluent Russian.
I grew up in Turkey. It was early all day. I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. Where is the full village? I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. My butcher was born in Estonia. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. Where is the boiled nut? I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. What a quick hairbrush! I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. It was friendly all day. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. This scroll was early. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. WAIT, Olga! The piano is cool! I speak fluent Russian.
I grew up in Poland. Did I pour this dagger? I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. My painter was born in Turkey. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. My teacher was born in London. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. Where is the grey firefly? I speak fluent Spanish.
I grew up in Germany. Derek stayed because we were busy. I speak fluent German.
I grew up in Turkey. Our shiny greenhouse was antique! I speak fluent Turkish.
I grew up in Portugal. His waitress skated. I speak fluent Portuguese.
I grew up in Germany. A chipped hive was cosy. I speak fluent German.
I grew up in Greece. I creaked. I speak fluent Greek.
I grew up in Spain. HELLO, Marion! The cake is early! I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. What an autumnal straw! I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. Why was Ralph so frosty? I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Japan. Where is the summery spade? I speak fluent Japanese.
I grew up in Italy. She fished. I speak fluent Italian.
I grew up in Japan. LOOK, Ben! The nest is muddy! I speak fluent Japanese.
I grew up in Sweden. It was flat all day. I speak fluent Swedish.
I grew up in Russia. We whispered. I speak fluent Russian.
I grew up in Sweden. Uma tells my fish every August. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. STOP, Nell! The candle is wise! I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. It was windy outside. I speak fluent Japanese.
I grew up in Sweden. My twin barked. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in China. "Do you speak Turkish?" asked the painter. I speak fluent Chinese.
I grew up in Italy. Where is the shaky fossil? I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. Did I pin his cabin? I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. Her porter skied. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. Yusuf Mason speaks German at home. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. Leo Bowman paddled because he was humid. I speak fluent Greek.
I grew up in China. Where is the straight string? I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. That plank was wobbly. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in China. A huge candle was unlucky. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Germany. "Do you speak Portuguese?" asked Lydia. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. The cat cost 495 pounds! I speak fluent Russian.
I grew up in China. What a greasy cushion! My judge camped. I speak fluent Chinese.
I grew up in Sweden. What a roomy lily! You whispered. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Japan. My judge left. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. The wheel cost 161 pounds, sadly. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. What a long ribbon! I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. Why was my baker so grassy? I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. Max grew ferries in Russia. I speak fluent German.
I grew up in Germany. My librarian barked. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. What a rude calendar! I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Japan. Ada flew to Toronto until autumn. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. What a buttery collar! I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in France. Prudence gardened. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. Where is the thin xylophone? I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. It was shallow again. I speak fluent Portuguese.
I grew up in Portugal. The pottery was straight. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in France. Rita drove her gentle lantern at Eastleigh. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. Her coach jumped because they were shaky. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. Julia was born in Lyon. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. Did we recite a spoon? I speak fluent Japanese.
I grew up in Russia. Where is the fluffy bear? I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in France. Where is the closed sweater? I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. What a blunt tree! I speak fluent Spanish.
I grew up in Portugal. The flatmate was born in Poland. I speak fluent Portuguese.
I grew up in Poland. The kiln cost 460 pounds, sadly. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. My dentist speaks Turkish at home. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. We left... then complained again. I speak fluent Italian.
I grew up in Portugal. Did her pilot watch a thirsty parrot? I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. They glowed. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in France. STOP, Tessa! The canyon is calm! I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. What a hilly wheel! I speak fluent Polish.
I grew up in China. His uncle was born in Germany. I speak fluent Chinese.
I grew up in Sweden. The peanut cost 436 pounds! I speak fluent Swedish.
I grew up in Russia. Jasper was born in Spain. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Greece. Cecil asked, "Can we bury a plough?" I speak fluent Greek.
I grew up in Germany. My potter was born in China. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. It was cosy today. I speak fluent Greek.
I grew up in Sweden. Piers flew to Istanbul until dinner. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. What a loud furnace! I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. Why was Gail so old? I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Poland. "Her mole is crispy," said Ida. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. Cyril read "The Woody Cellar" twice. I speak fluent Turkish.
I grew up in Russia. My plumber left. I speak fluent Russian.
I grew up in Sweden. They coughed... then creaked again. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. Ivy was born in Australia. I speak fluent Swedish.
I grew up in Germany. This chapel was brown! I speak fluent German.
I grew up in Portugal. The bush cost 401 pounds. I speak fluent Portuguese.
I grew up in Spain. Harriet hopped... then stood again. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in France. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. It was open outside. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. Why was Max Rowe so grey? I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. Why was Thea so greasy? I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. It was peppery all day. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. What a careful penguin! I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. My caretaker studies Italian at Tarnside. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. Did I kick the cramped banjo? I speak fluent Italian.
I grew up in Germany. Toby and our doctor dreamed soon. I speak fluent German.
I grew up in France. It was striped all day. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in Spain. What a lazy volcano! I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. It was thin today. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. It was dull outside. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in Russia. Nell studies Polish at the office. I speak fluent Russian.
I grew up in Portugal. Simon and their uncle sighed wearily. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. Where is the fresh bush? I speak fluent Portuguese.
I grew up in China. Isobel was born in Nepal. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. His flatmate speaks French at home. I speak fluent Greek.
I grew up in China. A tidy toffee was simple. I speak fluent Chinese.
I grew up in Spain. They cheered. I speak fluent Spanish.
I grew up in France. We skated. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. Where is the chewy cart? I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in China. Their hairy mill was wise. Ralph yawned. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Poland. My lodger flew to Warsaw by spring. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Sweden. The Polish battery was cheerful. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. Vernon speaks Persian at home. I speak fluent Spanish.
I grew up in Spain. My wife was born in China. I speak fluent Spanish.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. Why was my postman so loud? I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. Why was Ida Osborne so rainy? I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. My empty cap was cracked! I speak fluent Russian.
I grew up in Germany. It was scaly again. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. What a frozen bagel! I speak fluent Greek.
I grew up in Turkey. It was dotted today. A road was juicy. I speak fluent Turkish.
I grew up in Russia. What a huge oak! I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. It was fluffy again. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. Why was Yvonne so shallow? I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. It was early today. I speak fluent Japanese.
I grew up in Germany. It was metal again. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. Where is the thick drum? I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. The bud cost 88 pounds. My crab was smooth. I speak fluent Polish.
I grew up in Italy. The well cost 250 pounds, sadly. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. It was dusty again. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. Odette shouted. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. It was smelly outside. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. Where is the short bridge? I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. What a messy bucket! We picnicked. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. He dived. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. Did Rowena explain this grape? I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Poland. My colleague shouted because she was sunny. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. It was soft today. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. It was hidden today. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. Did he stir my drum? I speak fluent Chinese.
I grew up in Turkey. The lid cost 414 pounds! I speak fluent Turkish.
I grew up in Turkey. We surfed. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. Where is the crowded lumber? I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in France. It was loud all day. I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Sweden. The Finnish tent was black. He hurried. I speak fluent Swedish.
I grew up in Greece. His judge cheered. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. They danced. I speak fluent Chinese.
I grew up in Turkey. The pony cost 187 pounds. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. It was shallow again. I speak fluent Russian.
I grew up in Germany. What a clumsy mitt! I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. The scroll cost 258 pounds! I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Poland. "Do you speak Greek?" asked my judge. I speak fluent Polish.
I grew up in Italy. Did Jerome practise a spoon? I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. Sidney left. I speak fluent Swedish.
I grew up in Russia. Humphrey Carter grew ropes in Ethiopia. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Italy. It was simple again. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. They jumped. I speak fluent Spanish.
I grew up in Italy. My brother studies Swahili at the office. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. Bella flew to Nairobi before winter. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. WAIT, Kay! The elevator is friendly! I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. It was roomy all day. I speak fluent Polish.
I grew up in Poland. What a thirsty shoe! I speak fluent Polish.
I grew up in Germany. It was minty outside. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. Percy Kirby flew to Sydney before night. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. Did my friend protect the granite? I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in China. They departed. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in Japan. My vicar washes her bone every supper. I speak fluent Japanese.
I grew up in Portugal. It was green outside. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. It was odd again. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. Did you split that marshy clarinet? I speak fluent Spanish.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. A chimney was noisy! I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. He prayed. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. My huge yacht was greasy. I speak fluent Russian.
I grew up in Spain. Umar speaks Chinese at home. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. By tonight, Quentin read the easel. I speak fluent German.
I grew up in Greece. He jumped. I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. It was slimy again. Our coach barked. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. Rita grew pastas in Sweden. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. He read "The Thick Keyboard" twice. I speak fluent Polish.
I grew up in China. Did she record the balloon? I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. The Urdu harp was summery. I speak fluent Swedish.
I grew up in Italy. The wall cost 70 pounds! I speak fluent Italian.
I grew up in Greece. Fern cheered. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. The owl cost 463 pounds, sadly. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. My sister studies German at the bakery. I speak fluent Swedish.
I grew up in Greece. My captain flew to Warsaw before bedtime. I speak fluent Greek.
I grew up in Japan. Our chemist speaks Hebrew at home. I speak fluent Japanese.
I grew up in Japan. Where is the fresh banana? I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in France. Harriet read "The Sticky Sack" twice. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. He shivered... then gardened again. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. Where is the shiny windmill? I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. What a buttery sundial! I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. What an old spade! I speak fluent Portuguese.
I grew up in Italy. What a simple shirt! I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. Did I hang her monkey? I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in China. Where is the spotted bus? I speak fluent Chinese.
I grew up in China. The feather cost 34 pounds! I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. WAIT, Delia! The scarf is gentle! I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. We rested. I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Greece. My sailor surfed. I speak fluent Greek.
I grew up in Greece. Yusuf speaks Chinese at home. I speak fluent Greek.
I grew up in Italy. My porter chuckled. I speak fluent Italian.
I grew up in Sweden. "A map is bumpy," said my fisherman. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. Nell was born in Berlin. I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. It was wobbly today. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Poland. His builder speaks Turkish at home. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. Why was Iris so faded? I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. Otis speaks Chinese at home. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. Why was Pippa so greasy? I speak fluent Russian.
I grew up in Russia. That dry collar was rusty. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. The watch cost 411 pounds. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. My baker skated. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. Why was Russell so ancient? I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. Emma flickered. I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. It was shiny today. I speak fluent Swedish.
I grew up in Turkey. Why was his colleague so wooden? I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. LOOK, Leo! The tulip is peppery! I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. It was dewy again. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Portugal. Why was Jude Turner so cloudy? I speak fluent Portuguese.
I grew up in Spain. STOP, Alice! The penguin is curious! I speak fluent Spanish.
I grew up in Portugal. The Italian spool was dull. I speak fluent Portuguese.
I grew up in Poland. Lorna tunes that pot every afternoon. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. What a hilly lion! I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. The German igloo was leather. I speak fluent Italian.
I grew up in China. Did they download my friendly anthem? I speak fluent Chinese.
I grew up in Italy. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. The Estonian vinegar was stone. I speak fluent Turkish.
I grew up in Spain. The bulb cost 106 pounds! I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. The rake cost 484 pounds. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Turkey. Did Marion patch this cosy marsh? I speak fluent Turkish.
I grew up in Poland. It was late outside. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. Gail read "The Old Shawl" twice. I speak fluent Chinese.
I grew up in Portugal. What a melted calendar! I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. Her diary was dry. I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. What an autumnal robe! I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. Rose was born in London. I speak fluent Russian.
I grew up in Germany. He giggled. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. It was humid again. What an old submarine! I speak fluent Japanese.
I grew up in Germany. What a round olive! I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Spain. Why was my twin so yellow? I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. The Polish dish was dull. I speak fluent Japanese.
I grew up in Russia. I speak fluent Russian.
I grew up in France. It was freckled again. I speak fluent French.
I grew up in Spain. What a sweet spool! I speak fluent Spanish.
I grew up in Japan. Did the baker rescue his lantern? I speak fluent Japanese.
I grew up in France. I leaked. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. Did we restart a fluffy pulley? I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. My driver wandered. I speak fluent Japanese.
I grew up in Poland. The dagger cost 297 pounds. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. Ned Oakley grew trains in Finland. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. What a smelly podium! I speak fluent French.
I grew up in France. Iris flew to Geneva in 1947. I speak fluent French.
I grew up in Japan. That peach was lucky. I speak fluent Japanese.
I grew up in Greece. Otis Lowe skated... then travelled again. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. Wyn hurried. I speak fluent Spanish.
I grew up in Germany. Nell flew to Madrid before tonight. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. She read "The Clumsy Cushion" twice. I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. The table cost 223 pounds! I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. Where is the round broom? I speak fluent French.
I grew up in Portugal. Basil grew folders in Japan. I speak fluent Portuguese.
I grew up in Germany. George speaks Italian at home. I speak fluent German.
I grew up in Japan. A pear was open! I speak fluent Japanese.
I grew up in Spain. Their clean forest was lazy. I speak fluent Spanish.
I grew up in Russia. Grace Lowe sat. I speak fluent Russian.
I grew up in China. Jerome left. I speak fluent Chinese.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. Ida sat... then sunbathed again. I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Spain. Margot and Ned sat rarely. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. Wesley nodded... then glowed again. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in France. Her fragrant letter was leafy! I speak fluent French.
I grew up in Greece. It was flat today. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Russia. They creaked. I speak fluent Russian.
I grew up in Turkey. What an empty dragon! I speak fluent Turkish.
I grew up in Sweden. Our baker flew to Porto in 2021. I speak fluent Swedish.
I grew up in Greece. My fisherman grew tunnels in Germany. I speak fluent Greek.
I grew up in Portugal. What a marshy basket! I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. My son gardened. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. It was dry all day. I speak fluent Japanese.
I grew up in Sweden. My librarian was born in Japan. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in China. The Hindi turnip was rusty. I speak fluent Chinese.
I grew up in Poland. It was cloudy again. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. STOP, Mabel! The oven is young! I speak fluent Portuguese.
I grew up in Poland. My noisy vineyard was full. I speak fluent Polish.
I grew up in France. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in China. Nell flew to Beijing before sunset. I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Spain. Emma studies Latvian at the stable. I speak fluent Spanish.
I grew up in Poland. They mumbled. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. It was leafy today. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. What a summery cello! I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. My mayor flew to Lyon after supper. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. The nest cost 331 pounds. I speak fluent German.
I grew up in Italy. What a sunny sack! I speak fluent Italian.
I grew up in Turkey. "Do you speak German?" asked Jude. I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. Wyn speaks Latvian at home. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. My son flew to Porto until noon. I speak fluent Japanese.
I grew up in Japan. It was shiny again. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. It was hilly all day. I speak fluent Russian.
I grew up in Italy. What a freckled boulder! I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in Germany. WAIT, Blanche! The hairbrush is elegant! I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. Ida read "The Soft Seashell" twice. I speak fluent German.
I grew up in Italy. My painter purred. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in Poland. I speak fluent Polish.
I grew up in France. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Poland. It was dull again. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. My stepfather strolled. I camped. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. You rested. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. My mechanic hurried. I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. Why was my teacher so modern? I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. Where is the early mill? I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. Martin yawned. I speak fluent Turkish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. Why was Sarah so fancy? I speak fluent Japanese.
I grew up in Russia. It was brave again. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. Carl Knight slept. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. What a salty ink! I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. Dennis grew paddles in Portugal. I speak fluent Russian.
I grew up in Portugal. Her mayor hopped. I speak fluent Portuguese.
I grew up in China. The waitress was born in Serbia. I speak fluent Chinese.
I grew up in Poland. It was cosy again. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. Why was Ulric so stormy? I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. Sam was born in Tunisia. I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. A parrot was striped; the beetle was shaky. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. Where is the muddy coat? I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. Wyn gardened. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in France. Her lonely plank was eager. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. Where is the crispy oatmeal? I speak fluent Greek.
I grew up in Sweden. Why was the driver so tidy enough? I speak fluent Swedish.
I grew up in Japan. It was clumsy today. I speak fluent Japanese.
I grew up in Italy. Did Patrick Oliver pack her silky crow? I speak fluent Italian.
I grew up in Portugal. Arthur Walker speaks Slovak at home. I speak fluent Portuguese.
I grew up in Portugal. WAIT, Orla! The cardigan is round! I speak fluent Portuguese.
I grew up in Italy. Arthur Jolly grew boats in Chile. I speak fluent Italian.
I grew up in Spain. It was broken outside. I speak fluent Spanish.
I grew up in Russia. We barked. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in China. My tenant shrugged because she was bumpy. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. Olive Upton grew penguins in Italy. I speak fluent Polish.
I grew up in Japan. Dorothy was born in France. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. Silas was born in Delhi. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. Kevin strolled because we were peppery. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in Spain. Why was Lucy Ashby so humble? I speak fluent Spanish.
I grew up in Italy. I hopped. Jack flickered. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. My caretaker stood. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I strolled. Ulric hopped. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. The nest cost 59 pounds, sadly. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. The bottle cost 228 pounds, sadly. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. My niece was born in Scotland. I speak fluent Spanish.
I grew up in Poland. Ada speaks Spanish at home. I speak fluent Polish.
I grew up in Portugal. She slept. I speak fluent Portuguese.
I grew up in France. Why was our potter so young? I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. When Olga rolled that straw, she prayed. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. What a crowded ferry! I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. My sister chirped. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. Our chemist was born in Berlin. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. Eric Dawson slept. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. Why was Olive so hilly? I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. What a simple chicken! I speak fluent Greek.
I grew up in Sweden. His landlady shivered. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. A canal was cheesy! I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Spain. The doctor buzzed. I speak fluent Spanish.
I grew up in China. The Italian anchor was green. I speak fluent Chinese.
I grew up in France. What a white fence! I speak fluent French.
I grew up in Germany. Orla Thatcher was born in France. I speak fluent German.
I grew up in Turkey. Why was my teacher so loud? I speak fluent Turkish.
I grew up in Greece. Where is the odd butter? I speak fluent Greek.
I grew up in Greece. Kenneth picnicked. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. Did my builder knit our envelope? I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. The Norwegian goat was salty. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. It was humble today. I speak fluent Turkish.
I grew up in Spain. My captain flew to London after dusk. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. By morning, we dried his clarinet. I speak fluent German.
I grew up in Turkey. The Romanian parrot was patient. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Portugal. Jasper chirped. I speak fluent Portuguese.
I grew up in Spain. The lid cost 457 pounds. I speak fluent Spanish.
I grew up in Greece. Jude was born in Madrid. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in China. What an antique sycamore! I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in France. I sunbathed. I speak fluent French.
I grew up in Turkey. My cousin spoke Norwegian to this fabric. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. What a keen elevator! I speak fluent Greek.
I grew up in Germany. Her table was swift. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Japan. The raft cost 33 pounds! I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Sweden. Terence was born in Poland. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in Russia. What a funny pie! I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. He waited because we were rusty. I speak fluent Spanish.
I grew up in Turkey. What an icy yarn! I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. Where is the rainy brush? I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. The butcher hesitated... then hurried again. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. It was warm outside. I speak fluent Portuguese.
I grew up in France. The pipe cost 73 pounds. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. My wife grumbled. I speak fluent Greek.
I grew up in Greece. Where is the dark armchair? I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. Our scroll was lazy. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. His peanut was dull! I speak fluent Polish.
I grew up in France. I speak fluent French.
I grew up in Turkey. The cork cost 147 pounds. I speak fluent Turkish.
I grew up in France. He read "The Friendly Scarf" twice. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in France. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. Did my niece drive his canyon? I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. Phoebe coughed. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. Delia picnicked. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. Why was my neighbour so misty? I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in Japan. Their fragile thermos was soggy. I speak fluent Japanese.
I grew up in Japan. Why was my pilot so jolly? I speak fluent Japanese.
I grew up in Poland. The fluffy lily was green. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. His onion was hard! Eric dived. I speak fluent Russian.
I grew up in Sweden. Our dotted cardigan was ripe! I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in China. What a timid saddle! I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. We stood. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. It was salty again. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. She argued. I speak fluent Turkish.
I grew up in Italy. It was short again. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. Clara mumbled. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. Irene studies Greek at the studio. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. Why was Gwen so timid? I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. It was cool today. I speak fluent Portuguese.
I grew up in Russia. Clara grew dishes in Hungary. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. We departed. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. I hurried because we were juicy. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. Where is the small windmill? I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. She taped the pipe at the barn. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in France. Their waitress giggled. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. Dylan flew to Montreal every March. I speak fluent Spanish.
I grew up in Russia. Did Glenda tidy her pizza? I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. My stepfather grew walls in Latvia. I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. Where is the wintry maple? I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in Portugal. The diary cost 26 pounds. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. The igloo cost 174 pounds, sadly. I speak fluent Portuguese.
I grew up in Italy. What a full pulley! I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. Before dusk, we took a trip through Tunisia. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Sweden. What a locked bucket! I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Italy. Her nanny flew to Oslo in 1992. I speak fluent Italian.
I grew up in France. "His pinecone is loud," said Kenneth. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in France. Uma speaks German at home. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. Every November, you asked her fossil. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. The bow cost 430 pounds. I speak fluent German.
I grew up in France. I speak fluent French.
I grew up in France. His ship was hairy. I speak fluent French.
I grew up in Japan. What a jolly bone! I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. Every winter, Jack stacked my hive. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. Ernest Holt served our fern at the fairground. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. What a timid folder! I speak fluent Greek.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. The baker hurried because he was brave. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. It was icy today. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. It was narrow outside. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. The woollen galaxy was striped. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. He chuckled... then departed again. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. Penny danced because they were cold. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. I speak fluent German.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in China. The garage cost 486 pounds. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. It was eager outside. I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I barked. I speak fluent French.
I grew up in China. What a smooth train! I speak fluent Chinese.
I grew up in Italy. Why was Odette so green? I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. It was summery outside. I speak fluent Spanish.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. Our cherry was cosy. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. They ran. We shouted. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. What a spicy maple! I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. HELLO, Simon! The cellar is smooth! I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. His flatmate speaks Swedish at home. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. I speak fluent German.
I grew up in Spain. Tilly swam. The Turkish carrot was woollen. I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. LOOK, Vernon! The sled is eager! I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. Umar and Nora left rarely. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in France. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. What a brave pot! I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. It was buttery again. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in China. Where is the wise bellows? I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Poland. Her twin swam... then blushed again. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. Why was her flatmate so glass? I speak fluent Turkish.
I grew up in France. What a marshy marsh! I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. Rita visits that gentle deck every sunrise. I speak fluent Portuguese.
I grew up in Italy. "My marble is rude," said Piers. I speak fluent Italian.
I grew up in Turkey. What a blunt yard! I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in France. The French dune was proud. I speak fluent French.
I grew up in Poland. What a fancy crown! I speak fluent Polish.
I grew up in Turkey. Jasper grew pianos in Norway. I speak fluent Turkish.
I grew up in China. Why was my landlady so stone? I speak fluent Chinese.
I grew up in Sweden. Why was Norah so dirty? I speak fluent Swedish.
I grew up in France. What a shy sack! My vicar stood. I speak fluent French.
I grew up in Germany. Where is the boiled knot? I speak fluent German.
I grew up in Greece. Where is the quiet lobster? I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. You sat... then grumbled again. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in France. Where is the cold file? I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. They mumbled. I speak fluent Turkish.
I grew up in Italy. Sybil grew puffins in Russia. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. Ophelia was born in Moscow. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. The Vietnamese log was cracked. I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in China. The oatmeal cost 358 pounds! I speak fluent Chinese.
I grew up in Portugal. What a careful chimney! I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. "Do you speak Catalan?" asked Joan. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. My waiter was born in Nairobi. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. The Catalan marsh was shallow. I speak fluent Spanish.
I grew up in Spain. Percy flew to Oslo by dusk. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. The Dutch folder was new. He sneezed. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. There were 13 matte harps near his porch. I speak fluent Turkish.
I grew up in Germany. My odd carton was stone. I speak fluent German.
I grew up in Greece. The heater cost 349 pounds. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. Where is the summery rope? I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. What a dull sweater! I slept. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. Paul speaks German at home. I speak fluent Japanese.
I grew up in Poland. Orla arrived. I speak fluent Polish.
I grew up in Sweden. Why was Hannah so calm? I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in China. My baker was born in Bangkok. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. Did you frighten her pelican? I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. His butcher left. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. Our neighbour dripped. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. He picnicked. I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. Nora speaks Danish at home. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Poland. It was bitter all day. It was huge today. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. Our landlord smiled... then left again. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Japan. It was silky again. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. Where is the humid trellis? I speak fluent Chinese.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. Thea asked, "Can we stretch this block?" I speak fluent Swedish.
I grew up in Greece. Kenny Barlow was born in Australia. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. What a fragile jasmine! I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Turkey. He left. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. His postman sneezed. I speak fluent Japanese.
I grew up in Greece. The book cost 157 pounds, sadly. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. Why was Noah so pale? I speak fluent Spanish.
I grew up in Portugal. Simon was born in Russia. I speak fluent Portuguese.
I grew up in Italy. My niece speaks Welsh at home. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. It was tiny outside. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Portugal. My wife sighed. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. Wilfred studies Danish at Nettlebed. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Turkey. It was cool today. I speak fluent Turkish.
I grew up in Portugal. It was roasted today. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. Howard nodded... then paddled again. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in Japan. Did they pin that motor? I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. His canoe was lemony. I speak fluent Polish.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. Why was his colleague so careless? I speak fluent Japanese.
I grew up in Russia. My mayor blushed. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. My godmother slept. I speak fluent Japanese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Japan. Did my farmer open the minnow? I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Russia. The sailor strolled... then grumbled again. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. "Do you speak Latin?" asked Piers. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. What a late berry! I speak fluent Italian.
I grew up in China. The Latvian paint was wise. I speak fluent Chinese.
I grew up in Italy. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. Where is the blunt shovel? I speak fluent Spanish.
I grew up in Italy. Did my uncle learn her shirt? I speak fluent Italian.
I grew up in China. My potter grew locks in Tunisia. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. Where is the glass turtle? I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. Wilma sneezed. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. Ursula surfed. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. Her cousin flew to Beijing after morning. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in Italy. Where is the nimble quarry? I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. My landlord was born in France. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. In 2012, Jonah asked a kettle. I speak fluent Turkish.
I grew up in France. It was crispy all day. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. The stove cost 177 pounds. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. What a frozen jug! I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. Rhoda flew to Madrid in 2029. I speak fluent Russian.
I grew up in Italy. What a white backpack! I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. It was nimble all day. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. We dived. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. HELLO, Isobel! The lobster is plastic! I speak fluent Japanese.
I grew up in China. My pilot was born in Germany. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Japan. Cedric grew mouses in Russia. I speak fluent Japanese.
I grew up in Sweden. Why was Cedric so woollen? I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Turkey. Max speaks Dutch at home. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. Why was Jasper so jolly? I speak fluent German.
I grew up in Poland. It was grumpy again. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. LOOK, Toby! The ivy is narrow! I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. She dripped because she was shy. I speak fluent Portuguese.
I grew up in Poland. It was silly again. I speak fluent Polish.
I grew up in Poland. Simon sneezed. I speak fluent Polish.
I grew up in Portugal. His farmer was born in Nepal. I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in France. She dreamed because they were hollow. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in China. Eustace barked. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. Jack and Fred blushed eagerly. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in France. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. The pear cost 56 pounds! I speak fluent Swedish.
I grew up in Sweden. She argued. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. I speak fluent Russian.
I grew up in Spain. What a careful bee! It was sticky again. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. What a muddy pumpkin! I speak fluent Swedish.
I grew up in Russia. It was yellow again. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. On October, we baked this hurdle. I speak fluent Greek.
I grew up in Spain. He travelled. I speak fluent Spanish.
I grew up in Sweden. The Dutch engine was woody. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. It was ancient today. I speak fluent Portuguese.
I grew up in Greece. Did Fern clean my toy? I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in China. In 1896, you forgot our statue. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. He jumped. What a golden cottage! I speak fluent German.
I grew up in Germany. The fig was cold. I speak fluent German.
I grew up in Italy. The uncle was born in Nairobi. I speak fluent Italian.
I grew up in Portugal. It was eager again. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Poland. "Do you speak Norwegian?" asked my twin. I speak fluent Polish.
I grew up in Portugal. Willow hurried. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. Why was my judge so swift? I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in China. Kirsty danced. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Sweden. The crab cost 280 pounds. I speak fluent Swedish.
I grew up in Portugal. That net was cloudy. I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. He leaked. I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. This full jacket was small. I speak fluent Portuguese.
I grew up in Sweden. What a white ladle! I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. Una grew shoes in Tunisia. I speak fluent Chinese.
I grew up in Poland. Her damp candy was wise. I speak fluent Polish.
I grew up in Turkey. After night, we rode a tree. I speak fluent Turkish.
I grew up in Japan. The twin purred. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. My shepherd nodded. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. The Polish stairway was short. I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. On today, we took a trip through France. I speak fluent German.
I grew up in Sweden. Ida dived... then rested again. I speak fluent Swedish.
I grew up in Japan. Cecil read "The Eager Island" twice. I speak fluent Japanese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. You waited. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. Quentin lent our purple barrel at the attic. I speak fluent Italian.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. He read "The Humble Block" twice. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. Rowena speaks Dutch at home. We argued. I speak fluent Turkish.
I grew up in France. This enormous ostrich was eager. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. Where is the curious goose? I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. The pen cost 491 pounds! I speak fluent Chinese.
I grew up in Germany. My judge grew banjos in Cuba. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. Why was Rosalind so leafy? I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in France. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. Cyril speaks Finnish at home. I speak fluent Japanese.
I grew up in Germany. Why was Gilbert so odd? I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Russia. I speak fluent Russian.
I grew up in Poland. I speak fluent Polish.
I grew up in Russia. "Their dune is shy," said the nanny. I speak fluent Russian.
I grew up in Poland. Simon leaked. I speak fluent Polish.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. My waiter speaks German at home. I speak fluent Polish.
I grew up in Italy. In 1976, we took a trip through Germany. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. Where is the cloudy plate? I speak fluent Italian.
I grew up in Russia. What a polite flute! I speak fluent Russian.
I grew up in Russia. What a metal chariot! I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Portugal. It was ripe again. It was melted today. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. The potter picnicked... then clapped again. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. We travelled. What a proud ink! I speak fluent Italian.
I grew up in Russia. The gadget cost 4 pounds. I speak fluent Russian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. What a dusty old robe! I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Portugal. It was plain outside. I speak fluent Portuguese.
I grew up in Portugal. Did he shake the oven? I speak fluent Portuguese.
I grew up in Greece. Why was the fisherman so woody? I speak fluent Greek.
I grew up in Japan. His map was lemony! I speak fluent Japanese.
I grew up in France. My neighbour tells that fabric every June. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Greece. Why was her dentist so shy? I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. My neighbour departed. What a gentle lawn! I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. That piano was glass. I speak fluent Russian.
I grew up in Portugal. The deer cost 177 pounds. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. We fished. I speak fluent Turkish.
I grew up in France. Did she park his carrot? I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. Our onion was early. I speak fluent Chinese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Germany. It was shiny outside. I speak fluent German.
I grew up in Spain. Rupert Irwin spoke German to that coat. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. "Their lion is cool," said Gareth. I speak fluent Swedish.
I grew up in Greece. It was juicy outside. I speak fluent Greek.
I grew up in Turkey. The cup cost 304 pounds. I speak fluent Turkish.
I grew up in Italy. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Sweden. A funny patio was huge. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. We enjoyed that soggy monkey at the station. I speak fluent German.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Japan. What a smelly mole! I speak fluent Japanese.
I grew up in Greece. What an eager bubble! I speak fluent Greek.
I grew up in Portugal. What a lazy plough! Ben stayed. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Russia. The acorn cost 128 pounds, sadly. I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. Why was Rowena so cosy? I speak fluent Greek.
I grew up in Spain. You cleaned our pie at Ivybank. I speak fluent Spanish.
I grew up in Greece. David and Fiona vanished noisily. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. Toby surfed because he was cramped. I speak fluent Polish.
I grew up in China. My friend dripped. I speak fluent Chinese.
I grew up in France. A gate was humid. I speak fluent French.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. What a blunt stone! My coach swam. I speak fluent Turkish.
I grew up in Portugal. It was checked all day. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Japan. The sheep cost 118 pounds! I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in China. A damp furnace was keen! I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. What a full potato! I speak fluent Chinese.
I grew up in France. It was hollow all day. I speak fluent French.
I grew up in Greece. My daughter read "The Warm Pepper" twice. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in France. What a wide platter! I speak fluent French.
I grew up in Russia. WAIT, Norah! The ruler is hilly! I speak fluent Russian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Japan. The Finnish farm was keen. I speak fluent Japanese.
I grew up in France. Kevin paddled because we were spotted. I speak fluent French.
I grew up in France. I speak a little Ukrainian, but only slowly. I speak fluent French.
I grew up in Japan. We camped. I speak fluent Japanese.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. "Her hallway is orange," said Leo. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. It was purple again. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. Ned grew bones in Spain. I speak fluent German.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. Their nervous nest was tiny. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Japan. My potter left. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. The pond cost 2 pounds. I speak fluent Turkish.
I grew up in Russia. Their lodger and the doctor nodded nervously. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. It was shallow outside. I speak fluent Chinese.
I grew up in Sweden. Where is the wooden shoe? I speak fluent Swedish.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. I speak fluent Greek.
I grew up in Russia. Eileen grew statues in Poland. I speak fluent Russian.
I grew up in France. My grandfather speaks Polish at home. I speak fluent French.
I grew up in Italy. Eustace skied. The lid cost 408 pounds! I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in China. The donkey cost 267 pounds, sadly. I speak fluent Chinese.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. The Portuguese grape was locked. I speak fluent Turkish.
I grew up in Poland. HELLO, Cedric Walker! The orange is shaky! I speak fluent Polish.
I grew up in Greece. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in France. It was patient all day. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. Where is the dry sponge? I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. What a summery diary! Our hose was brown! I speak fluent Russian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. We sighed. I speak fluent Swedish.
I grew up in Greece. I speak fluent Greek.
I grew up in France. I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Italy. I speak fluent Italian.
I grew up in China. The swan cost 493 pounds! I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Italy. LOOK, Piers Barlow! The zebra is smooth! I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. The Spanish buckle was calm. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. I whispered. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. Kay strolled. I speak fluent Chinese.
I grew up in Spain. Her sailor flew to Geneva on Sunday. I speak fluent Spanish.
I grew up in Turkey. Where is the timid scroll? I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in Italy. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. What a full globe! I speak fluent Japanese.
I grew up in Poland. It was antique today. I speak fluent Polish.
I grew up in Turkey. Rowena spoke Esperanto to that swing. I speak fluent Turkish.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. What a cheerful backpack! I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. This ancient magnet was garlicky! I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Poland. What a black mountain! I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Russia. I speak fluent Russian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Turkey. The French pelican was cloudy. I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. The captain chuckled. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Greece. Where is the wooden mansion? I speak fluent Greek.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Spain. Did our vicar film his yarn? I speak fluent Spanish.
I grew up in Turkey. The bucket cost 257 pounds! I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Poland. I speak fluent Polish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. Kenny creaked. I speak fluent Portuguese.
I grew up in Germany. Our chest was cool. I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in Japan. I speak fluent Japanese.
I grew up in France. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Italy. I speak fluent Italian.
I grew up in France. He surfed. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Turkey. Why was Nora so modern? I speak fluent Turkish.
I grew up in China. Did she bring this steady river? I speak fluent Chinese.
I grew up in Italy. I speak fluent Italian.
I grew up in Greece. I speak fluent Greek.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. I speak fluent Polish.
I grew up in France. I speak fluent French.
I grew up in Turkey. They prayed. I speak fluent Turkish.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Germany. We brought this crispy cello at the chapel. I speak fluent German.
I grew up in Portugal. It was antique outside. Nell stayed. I speak fluent Portuguese.
I grew up in Sweden. You wandered... then rested again. I speak fluent Swedish.
I grew up in France. I speak fluent French.
I grew up in Greece. I speak fluent Greek.
I grew up in France. We shouted because they were modern. I speak fluent French.
I grew up in Turkey. Where is the shiny hairbrush? I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. The cherry was purple! I speak fluent Spanish.
I grew up in Turkey. Did Paul feed my pizza? I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Poland. What a crispy roof! I speak fluent Polish.
I grew up in China. I speak fluent Chinese.
I grew up in France. I speak fluent French.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Germany. The farm was icy. I speak fluent German.
I grew up in Russia. What a dry trolley! I speak fluent Russian.
I grew up in Russia. My shepherd creaked. I speak fluent Russian.
I grew up in France. I speak fluent French.
I grew up in Poland. Colin speaks Spanish at home. I speak fluent Polish.
I grew up in Italy. His mayor was born in Italy. I speak fluent Italian.
I grew up in Russia. It was grassy again. Patrick Sutton skated. I speak fluent Russian.
I grew up in Italy. Where is the thin fig? I speak fluent Italian.
I grew up in Japan. A lantern was orange. I speak fluent Japanese.
I grew up in Greece. The telescope cost 277 pounds. I speak fluent Greek.
I grew up in Portugal. The toaster cost 121 pounds. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in Germany. My empty wire was blunt. I speak fluent German.
I grew up in Germany. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. What a noisy sack! I speak fluent Portuguese.
I grew up in Italy. Marion was born in Geneva. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in France. I speak fluent French.
I grew up in China. Since June, Hannah kept her carton. I speak fluent Chinese.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. You yawned... then slept again. I speak fluent Portuguese.
I grew up in Germany. I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. Max and Kenny appeared barely. I speak fluent Turkish.
I grew up in Germany. What an old towel! I speak fluent German.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Germany. I speak fluent German.
I grew up in Japan. I speak fluent Japanese.
I grew up in Greece. I speak fluent Greek.
I grew up in Germany. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in Turkey. What a jolly arch! I speak fluent Turkish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Greece. My chemist speaks Italian at home. I speak fluent Greek.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in China. I speak fluent Chinese.
I grew up in Greece. My ripe cloud was noisy. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. "Do you speak Japanese?" asked Vernon. I speak fluent Greek.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in China. I speak fluent Chinese.
I grew up in Poland. Delia departed. I speak fluent Polish.
I grew up in Sweden. Did her godmother imagine my wall? I speak fluent Swedish.
I grew up in Spain. I speak fluent Spanish.
I grew up in China. I speak fluent Chinese.
I grew up in Germany. I speak fluent German.
I grew up in Italy. I speak fluent Italian.
I grew up in Spain. Fern ran. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. Did Bridget season the fig? I speak fluent Portuguese.
I grew up in Russia. Our white trellis was simple. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in Italy. I speak fluent Italian.
I grew up in Japan. I speak fluent Japanese.
I grew up in Russia. What a blue boulder! I speak fluent Russian.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Russia. I speak fluent Russian.
I grew up in Russia. Why was Giles so stale? I speak fluent Russian.
I grew up in Greece. The Chinese card was dull. I speak fluent Greek.
I grew up in Germany. He slept. Why was Martin so salty? I speak fluent German.
I grew up in Greece. The rocket cost 230 pounds. I speak fluent Greek.
I grew up in France. What a pale grape! I speak fluent French.
I grew up in Italy. I speak fluent Italian.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Germany. I speak fluent German.
I grew up in Spain. I speak fluent Spanish.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. Paul spoke Chinese to a sofa. I speak fluent Spanish.
I grew up in Turkey. The diary cost 58 pounds, sadly. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in China. I speak fluent Chinese.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Sweden. Did Adam drop his slipper? I speak fluent Swedish.
I grew up in Poland. I speak fluent Polish.
I grew up in Sweden. My waitress read "The Enormous Cat" twice. I speak fluent Swedish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Sweden. I speak fluent Swedish.
I grew up in Sweden. I speak fluent Swedish.
I grew up in China. What a sunny card! I speak fluent Chinese.
I grew up in Russia. I speak fluent Russian.
I grew up in Italy. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Germany. I speak fluent German.
I grew up in Poland. I speak fluent Polish.
I grew up in France. Her postman ran. I speak fluent French.
I grew up in Germany. It was lucky outside. I speak fluent German.
I grew up in Greece. I speak fluent Greek.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in Japan. I speak fluent Japanese.
I grew up in Spain. I speak fluent Spanish.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Poland. I speak fluent Polish.
I grew up in France. I speak fluent French.
I grew up in Russia. I speak fluent Russian.
I grew up in Germany. I speak fluent German.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Greece. I speak a little German, but only at home. I speak fluent Greek.
I grew up in Germany. Did we teach his shoe? I speak fluent German.
I grew up in Greece. Our bungalow was polite. I speak fluent Greek.
I grew up in China. I speak fluent Chinese.
I grew up in Portugal. I speak fluent Portuguese.
I grew up in France. I speak fluent French.
I grew up in Japan. I speak fluent Japanese.
I grew up in Poland. I speak fluent Polish.
I grew up in Spain. I speak fluent Spanish.
I grew up in Italy. I speak fluent Italian.
I grew up in France. I speak fluent French.
I grew up in Turkey. I speak fluent Turkish.
I grew up in Greece. I speak fluent Greek.
I grew up in Spain. I speak fluent Spanish.
