# Names and language (docs/names.md, docs/cli.md "Names and language"):
# the names every answer and figure shows, the language of names and of
# the tool's own words, and what a country's name gets where an id belongs.
# The fixture: tests/fixtures/names/names.yaml.

# Common English names by default; --names iso and official; a name the
# data set gives wins over all three (Taiwan).
$ dipgraph represent KR BY fx/names/names.yaml
> South Korea (KR) in Belarus (BY): resident, 1 mission
>   ID                KIND     CITY   IN  RESIDENT  SINCE  UNTIL
>   kr-embassy-minsk  embassy  Minsk  BY  yes        1997
$ dipgraph represent --names iso KR BY fx/names/names.yaml
> Korea, Republic of (KR) in Belarus (BY): resident, 1 mission
>   ID                KIND     CITY   IN  RESIDENT  SINCE  UNTIL
>   kr-embassy-minsk  embassy  Minsk  BY  yes        1997
$ dipgraph represent --names official MD BY fx/names/names.yaml
> Republic of Moldova (MD) in Republic of Belarus (BY): resident, 1 mission
>   ID                KIND     CITY   IN  RESIDENT  SINCE  UNTIL
>   md-embassy-minsk  embassy  Minsk  BY  yes        1993
$ dipgraph export -T csv --table countries fx/names/names.yaml | cut -d, -f1,2
> id,name
> BY,Belarus
> KR,South Korea
> MD,Moldova
> TR,Türkiye
> TW,Taiwan (Republic of China)
$ dipgraph export -T csv --table countries --lang ru fx/names/names.yaml | cut -d, -f1,2
> id,name
> BY,Беларусь
> KR,Южная Корея
> MD,Молдавия
> TR,Турция
> TW,Тайвань

# Other languages: names from iso-codes' catalogs and the data set's names:
# (Minsk, CSTO), the tool's own words from its catalogs, plural forms.
$ dipgraph represent --lang ru KR BY fx/names/names.yaml
> Южная Корея (KR) в стране Беларусь (BY): постоянное, 1 представительство
>   ИД                ВИД         ГОРОД  СТРАНА  ПОСТОЯННОЕ  НАЧАЛО  КОНЕЦ
>   kr-embassy-minsk  посольство  Минск  BY      да            1997
$ dipgraph represent --lang be TR BY fx/names/names.yaml
> Турцыя (TR) у краіне Беларусь (BY): пастаяннае, 2 прадстаўніцтвы
>   ІД                             ВІД                    ГОРАД    КРАІНА  ПАСТАЯННАЕ  ПАЧАТАК  КАНЕЦ
>   tr-embassy-minsk               пасольства             Мінск    BY      так         1993
>   tr-honorary-consulate-vitebsk  ганаровае консульства  Vitebsk  BY      так
$ dipgraph stats --lang ru fx/names/names.yaml
> Names:
>   страны             5
>   организации        1
>   членства           1
>   отношения          4
>   представительства  4
>   аккредитации       0
>   события            0
>   источники          0
>
> Представительства по видам (действует 4):
>   посольство            3
>   почётное консульство  1
>
> Посольства: 0 пар — в обе стороны, 3 — только в одну
>     ПОСОЛЬСТВО  СТРАНА
>     KR          BY
>     MD          BY
>     TR          BY
>
> Главные центры аккредитации по совместительству (0 городов):
>
> Отношения без записанных представительств ни в одну сторону: 1
>     СТРАНА  СТРАНА
>     BY      TW
$ dipgraph hubs --lang be BY fx/names/names.yaml
> Цэнтры акрэдытацыі па сумяшчальніцтве: Беларусь (BY): няма
$ dipgraph relation --lang ru BY KR fx/names/names.yaml
> Беларусь (BY) и Южная Корея (KR): действуют, уровень: посольство, поддерживаются
> установлены 1992-02-10
$ dipgraph relation --lang be --at 2000 BY TW fx/names/names.yaml
> Беларусь (BY) і Тайвань (TW) на 2000: дзейнічаюць, узровень: пасольства, падтрымліваюцца

# The environment when --lang is absent: LANGUAGE, LC_ALL, LC_MESSAGES,
# LANG, the first one set; C and POSIX are English; --lang en forces it.
$ LANG=ru_RU.UTF-8 LC_ALL= dipgraph represent MD BY fx/names/names.yaml | head -1
> Молдавия (MD) в стране Беларусь (BY): постоянное, 1 представительство
$ LANGUAGE=be:ru LANG=ru_RU.UTF-8 LC_ALL= dipgraph represent MD BY fx/names/names.yaml | head -1
> Малдова (MD) у краіне Беларусь (BY): пастаяннае, 1 прадстаўніцтва
$ LANGUAGE=xx:ru LC_ALL= dipgraph represent MD BY fx/names/names.yaml | head -1
> Молдавия (MD) в стране Беларусь (BY): постоянное, 1 представительство
$ LANGUAGE=be LC_ALL= dipgraph represent --lang en MD BY fx/names/names.yaml | head -1
> Moldova (MD) in Belarus (BY): resident, 1 mission
$ LANGUAGE= LC_ALL=POSIX LANG=ru_RU.UTF-8 dipgraph represent MD BY fx/names/names.yaml | head -1
> Moldova (MD) in Belarus (BY): resident, 1 mission
$ LANGUAGE= LC_ALL= LC_MESSAGES=ru_RU.UTF-8 LANG=be_BY.UTF-8 dipgraph represent MD BY fx/names/names.yaml | head -1
> Молдавия (MD) в стране Беларусь (BY): постоянное, 1 представительство

# A figure in Russian: the view's caption, legend and names, and the
# timeline's headings, legend and names are Russian; the same bytes twice.
$ dipgraph render --lang ru fx/names/names.yaml -o ru.dot && grep -c 'Южная Корея' ru.dot
> 4
$ grep -o 'Схема аккредитации' ru.dot | head -1
> Схема аккредитации
$ grep -o 'страна в фокусе' ru.dot
> страна в фокусе
$ grep -o 'посольство' ru.dot | head -1
> посольство
$ dipgraph render --lang ru fx/names/names.yaml -o ru2.dot && cmp ru.dot ru2.dot
$ dipgraph timeline --lang ru --rows all fx/names/names.yaml -o ru.svg && grep -o 'Беларусь: двусторонние отношения' ru.svg | head -1
> Беларусь: двусторонние отношения
$ grep -o 'Южная Корея' ru.svg | head -1
> Южная Корея
$ grep -o 'сегодня (2023&#45;11&#45;14)' ru.svg | head -1
> сегодня (2023&#45;11&#45;14)
$ grep -o '>ОДКБ<' ru.svg | head -1
> >ОДКБ<
$ dipgraph timeline --lang ru --rows all fx/names/names.yaml -o ru2.svg && cmp ru.svg ru2.svg
$ dipgraph timeline --lang be --rows all fx/names/names.yaml | grep -o 'Беларусь: двухбаковыя адносіны' | head -1
> Беларусь: двухбаковыя адносіны

# Bad values: a --names that is no style, a --lang that is no language
# (exit 2); a language without translations is English, with a warning.
$ dipgraph represent --names short KR BY fx/names/names.yaml
2> dipgraph represent: --names must be common, iso or official, not 'short'
2> Try 'dipgraph help represent'.
? 2
$ dipgraph represent --lang russian KR BY fx/names/names.yaml
2> dipgraph represent: --lang 'russian' is not a language (ru, be, pt_BR, en, ...)
2> Try 'dipgraph help represent'.
? 2
$ dipgraph represent --lang xx KR BY fx/names/names.yaml
> South Korea (KR) in Belarus (BY): resident, 1 mission
>   ID                KIND     CITY   IN  RESIDENT  SINCE  UNTIL
>   kr-embassy-minsk  embassy  Minsk  BY  yes        1997
2> dipgraph represent: warning: no translations for --lang 'xx'; names and words are in English

# A country's name where an id belongs: an error (exit 1) whose hint names
# the id, on the command line and in the data set.
$ dipgraph render --focus Serbia fx/names/names.yaml
2> dipgraph render: --focus: unknown country 'Serbia' (a name, not an id: Serbia is 'RS', which the data set does not mention)
? 1
$ dipgraph render --focus 'South Korea' fx/names/names.yaml
2> dipgraph render: --focus: unknown country 'South Korea' (a name, not an id: did you mean 'KR' (South Korea)?)
? 1
$ dipgraph timeline --focus Belarus fx/names/names.yaml
2> dipgraph timeline: --focus: unknown country 'Belarus' (a name, not an id: did you mean 'BY' (Belarus)?)
? 1
$ dipgraph represent Russia BY fx/names/names.yaml
2> dipgraph represent: unknown country or organization 'Russia' (a name, not an id: did you mean 'RU' (Russian Federation)?)
? 1
$ dipgraph represent 'Ivory Coast' BY fx/names/names.yaml
2> dipgraph represent: unknown country or organization 'Ivory Coast' (a name, not an id: did you mean 'CI' (Côte d'Ivoire)?)
? 1
$ dipgraph hubs UK fx/names/names.yaml
2> dipgraph hubs: unknown country 'UK' (a name, not an id: did you mean 'GB' (United Kingdom)?)
? 1
$ dipgraph relation 'Czech Republic' BY fx/names/names.yaml
2> dipgraph relation: unknown country or organization 'Czech Republic' (a name, not an id: did you mean 'CZ' (Czechia)?)
? 1
$ dipgraph represent kr BY fx/names/names.yaml
2> dipgraph represent: unknown country or organization 'kr' (did you mean 'KR'?)
? 1
$ printf 'relations:\n  - between: [BY, Serbia]\n  - between: [BY, UK]\n  - between: [BY, Сербия]\n' | dipgraph check -
> <stdin>: 1 countries, 0 organizations, 0 memberships, 0 relations, 0 missions, 0 accreditations, 0 events, 0 sources; 3 errors, 0 warnings
2> <stdin>:2:19: error: unknown country 'Serbia' (a name, not an id: did you mean 'RS' (Serbia)?)
2> <stdin>:3:19: error: unknown country 'UK' (a name, not an id: did you mean 'GB' (United Kingdom)?)
2> <stdin>:4:19: error: unknown country 'Сербия' (a name, not an id: did you mean 'RS' (Serbia)?)
? 1
