#!/usr/bin/env python3
"""Deterministic generator of realistic local economic-work-meeting reports.

    Benchmarks/corpus.py --docs 10000 --seed 1 --out /tmp/corpus-10000

Document i depends only on (seed, i), so the first 10,000 documents of a 100,000 corpus are the
10,000 corpus. Each report has the shapes real ones have: a headline (sometimes two), a dateline,
who chaired and who spoke, results with parallel lists ("GDP、规工、固投分别增长5.9%、4.8%、2.2%"),
targets, slogans (双过半, 开门红 …), page clutter and a byline. Regions and their parents come from
data/cn-divisions.tsv, leaders are made from a surname list, dates span 2015–2025, values fall in
the ranges of the region's level. About 5% are GB18030-encoded, 5% traditional with pinyin
annotations like 穩(wěn), 2% HTML pages, 3% with full-width digits; sizes 1–10 KB.

Standard library only (traditional conversion goes through the system's libopencc via ctypes,
the library the archive itself links; a small built-in table stands in when it is missing).
"""
import argparse
import ctypes
import ctypes.util
import math
import os
import random
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
PER_FOLDER = 1000

SURNAMES = ("王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈"
            "姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤")
GIVEN = ("伟刚勇毅俊峰强军平保东文辉力明永健世广志义兴良海山仁波宁贵福生龙元全国胜学祥才发武新利清飞彬富顺信子杰涛昌"
         "成康星光天达安岩中茂进林有坚和彪博诚先敬震振壮会思群豪心邦承乐绍功松善厚庆磊民友裕河哲江超浩亮政谦亨奇固之"
         "轮翰朗伯宏言若鸣朋斌梁栋维启克伦翔旭鹏泽晨辰士以建家致树炎德行时泰盛雄琛钧冠策腾楠榕风航弘秀娟英华慧巧美娜静"
         "淑惠珠翠雅芝玉萍红娥玲芬芳燕彩春菊兰凤洁梅琳素云莲真环雪荣爱妹霞香月莺媛艳瑞凡佳嘉琼勤珍贞莉桂娣叶璧璐娅琦晶妍")

INDICATORS = {
    # code: (surface forms, level ranges by level in 亿元 or None, growth range)
    "GDP": (["地区生产总值", "GDP", "生产总值", "经济总量"], {"county": (80, 1500), "prefecture": (800, 12000), "province": (8000, 130000)}, (1.5, 9.5)),
    "IVA": (["规模以上工业增加值", "规上工业增加值", "规工", "规模工业增加值"], None, (0.5, 13.0)),
    "FAI": (["固定资产投资", "全社会固定资产投资", "固投"], {"county": (50, 900), "prefecture": (500, 8000), "province": (5000, 60000)}, (-12.0, 20.0)),
    "RETAIL": (["社会消费品零售总额", "社零", "社零额"], {"county": (30, 600), "prefecture": (300, 6000), "province": (3000, 50000)}, (-3.0, 15.0)),
    "TRADE": (["进出口总额", "外贸进出口总额", "进出口"], {"county": (5, 300), "prefecture": (50, 3000), "province": (500, 80000)}, (-20.0, 45.0)),
    "BUDGET_REV": (["一般公共预算收入", "地方一般公共预算收入", "一般公共预算地方收入"], {"county": (5, 120), "prefecture": (50, 900), "province": (800, 15000)}, (-6.0, 16.0)),
    "FISCAL_REV": (["财政总收入", "地方财政收入"], {"county": (8, 200), "prefecture": (80, 1500), "province": (1500, 25000)}, (-5.0, 15.0)),
    "INCOME": (["居民人均可支配收入"], None, (3.5, 9.5)),
    "RURAL_INCOME": (["农村居民人均可支配收入", "农民人均纯收入"], None, (4.5, 11.0)),
    "FDI": (["实际利用外资", "实际使用外资"], None, (-30.0, 40.0)),
    "INVEST_ATTRACT": (["招商引资到位资金", "引进到位资金"], None, (3.0, 30.0)),
}

GOALS = {
    1: [("开门红", "goal"), ("开门稳", "goal"), ("首季开门红", "goal")],
    4: [("双过半", "goal"), ("时间过半、任务过半", "goal"), ("半年红", "goal"), ("开门红", "achieved"), ("开门稳", "achieved")],
    7: [("双过半", "achieved"), ("全年红", "goal"), ("满堂彩", "goal"), ("季季红", "goal")],
    10: [("全年红", "goal"), ("满堂彩", "goal"), ("全年满堂彩", "goal"), ("季季红", "achieved")],
    12: [("开门红", "goal"), ("满堂彩", "achieved"), ("全年红", "achieved")],
}

MEETINGS = {
    1: ["{year}年一季度“开门红”经济运行调度会", "{year}年经济工作会议", "一季度重点工作推进会"],
    4: ["一季度经济运行分析会", "一季度经济工作分析点评会", "一季度经济形势分析会", "经济运行调度会"],
    7: ["上半年经济形势分析会", "上半年经济运行分析会", "半年经济工作会议", "经济运行调度会"],
    10: ["前三季度经济运行分析会", "三季度经济形势分析会", "经济运行调度会"],
    12: ["经济工作会议", "全年经济工作总结会", "冬季经济运行调度会"],
}
PERIODS = {1: "去年", 4: "一季度", 7: "上半年", 10: "前三季度", 12: "1-11月"}
NEXT_QUARTER = {1: "一季度", 4: "二季度", 7: "三季度", 10: "四季度", 12: "明年"}

VERBS = ["坚持", "聚焦", "围绕", "突出", "强化", "狠抓", "深化", "加快", "推动", "统筹", "抢抓", "锚定", "紧盯", "扎实推进",
         "持续优化", "全力抓好", "着力提升", "大力实施", "精准落实", "用心用情做好"]
OBJECTS = ["项目建设", "招商引资", "产业转型升级", "营商环境", "稳增长各项政策", "重点企业服务", "消费潜力释放", "外贸外资基本盘",
           "乡村振兴", "新型城镇化", "科技创新", "园区平台建设", "民生保障", "安全生产", "防范化解重大风险", "生态环境保护",
           "财税收入质量", "要素保障", "县域经济", "数字经济", "现代农业", "文旅融合", "重大基础设施", "就业优先政策",
           "统计数据质量", "作风建设", "调查研究", "问题整改", "改革攻坚", "开放合作"]
AIMS = ["推动经济持续回升向好", "确保完成全年目标任务", "以实干实绩推动高质量发展", "奋力跑出加速度", "不断巩固稳中有进的良好态势",
        "全力以赴拼经济、抓发展", "切实增强加快发展的紧迫感", "推动各项工作提质增效", "为全年目标奠定坚实基础",
        "以超常举措推动各项工作强势突围", "进一步稳预期、提信心", "着力稳住经济基本盘"]
OPENERS = ["会议强调", "会议指出", "会议要求", "{name}强调", "{name}指出", "{name}要求", "{name}表示"]
CLAUSES = ["保持定力,增强发展信心,更加精准发力", "坚持稳中求进工作总基调", "完整、准确、全面贯彻新发展理念",
           "对照任务书,算好时间账", "一项一项攻坚、一件一件突破", "开局就抢跑、起步就冲刺", "能多干就多干一些,看准了就抓紧干",
           "层层分解任务,压实工作责任", "加强对主要经济指标的动态监测", "强化分析研判,精准调节调控",
           "聚焦重点行业、重点企业", "持续招大引强、延链补链", "不断补短板强弱项", "迎难而上,攻坚克难"]
CLUTTER_TOP = ["当前位置:首页 > 政务公开 > 领导活动", "当前的位置:首页 > 新闻中心 > 本地要闻", "字体:【大 中 小】 打印",
               "News center", "首页 | 新闻 | 政务 | 服务 | 互动"]
CLUTTER_BOTTOM = ["【打印本页】【关闭窗口】", "分享到:微信 微博 QQ空间", "扫一扫在手机打开当前页", "版权所有:{host}人民政府 主办",
                  "网站标识码:{code}0001 ICP备案:{code}号", "image.png"]
MEDIA = ["日报", "融媒体中心", "新闻网", "政府网", "发布"]

# Pinyin of characters the templates use, for the annotated traditional variant (穩(wěn)).
PINYIN = dict(pair.split(":") for pair in (
    "穩:wěn 發:fā 經:jīng 濟:jì 會:huì 議:yì 強:qiáng 調:tiáo 長:zhǎng 進:jìn 實:shí 現:xiàn 開:kāi 門:mén 紅:hóng "
    "業:yè 務:wù 項:xiàng 設:shè 區:qū 縣:xiàn 鎮:zhèn 產:chǎn 總:zǒng 額:é 規:guī 費:fèi 環:huán 境:jìng 優:yōu "
    "質:zhì 動:dòng 營:yíng 設:shè 衛:wèi 導:dǎo 協:xié 級:jí 覽:lǎn 風:fēng 險:xiǎn 預:yù 與:yǔ 當:dāng 對:duì "
    "億:yì 萬:wàn 貿:mào 農:nóng 稅:shuì 節:jié 點:diǎn 評:píng 書:shū 記:jì 講:jiǎng 話:huà 參:cān 加:jiā "
    "幹:gàn 運:yùn 行:xíng 勢:shì 關:guān 鍵:jiàn 標:biāo 財:cái 政:zhèng 收:shōu 入:rù 資:zī 員:yuán 專:zhuān").split())

# Used only when libopencc is missing: enough to make the traditional variant traditional.
FALLBACK_S2T = dict(zip("稳发经济会议强调长进实现开门红业务项设区县镇产总额规费环质动营导协级览风险预与当对亿万贸农税节点评书记讲话运势关键标财资员专时过坚决为",
                        "穩發經濟會議強調長進實現開門紅業務項設區縣鎮產總額規費環質動營導協級覽風險預與當對億萬貿農稅節點評書記講話運勢關鍵標財資員專時過堅決為"))


class Traditional:
    """Simplified → traditional through libopencc (s2t.json), else the fallback table."""

    def __init__(self):
        self.handle = None
        path = ctypes.util.find_library("opencc")
        if path:
            try:
                lib = ctypes.CDLL(path)
                lib.opencc_open.restype = ctypes.c_void_p
                lib.opencc_open.argtypes = [ctypes.c_char_p]
                lib.opencc_convert_utf8.restype = ctypes.POINTER(ctypes.c_char)
                lib.opencc_convert_utf8.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_size_t]
                lib.opencc_convert_utf8_free.argtypes = [ctypes.POINTER(ctypes.c_char)]
                handle = lib.opencc_open(b"s2t.json")
                if handle and handle != ctypes.c_void_p(-1).value:
                    self.lib, self.handle = lib, handle
            except (OSError, AttributeError):
                self.handle = None

    def convert(self, text):
        if self.handle is None:
            return "".join(FALLBACK_S2T.get(c, c) for c in text)
        data = text.encode("utf-8")
        result = self.lib.opencc_convert_utf8(self.handle, data, len(data))
        converted = ctypes.string_at(result).decode("utf-8")
        self.lib.opencc_convert_utf8_free(result)
        return converted


class Gazetteer:
    def __init__(self, path):
        self.rows = {}
        with open(path, encoding="utf-8") as f:
            next(f)
            for line in f:
                code, name, level, parent = line.rstrip("\n").split("\t")
                if code in ("710000", "810000", "820000"):
                    continue
                self.rows[code] = (name, level, parent or None)
        by_level = {"province": [], "prefecture": [], "county": []}
        for code in sorted(self.rows):
            by_level[self.rows[code][1]].append(code)
        self.by_level = by_level

    def pick(self, rng):
        roll = rng.random()
        level = "county" if roll < 0.78 else "prefecture" if roll < 0.97 else "province"
        return rng.choice(self.by_level[level])

    def province_of(self, code):
        while self.rows[code][2]:
            code = self.rows[code][2]
        return self.rows[code][0]


def unit_of(name, level):
    """The one-character word for the body (市, 县, 区 …) and its party committee and government titles."""
    if name.endswith("自治区"):
        return "区", "自治区党委书记", "自治区主席"
    if name.endswith("地区"):
        return "区", "地委书记", "行署专员"
    last = name[-1]
    if level == "province" and last == "省":
        return "省", "省委书记", "省长"
    table = {"市": ("市", "市委书记", "市长"), "县": ("县", "县委书记", "县长"), "区": ("区", "区委书记", "区长"),
             "旗": ("旗", "旗委书记", "旗长"), "州": ("州", "州委书记", "州长"), "盟": ("盟", "盟委书记", "盟长")}
    return table.get(last, ("市", "市委书记", "市长"))


def person(rng):
    given = "".join(rng.choice(GIVEN) for _ in range(1 if rng.random() < 0.3 else 2))
    return rng.choice(SURNAMES) + given


def growth(rng, low, high):
    return round(rng.uniform(low, high), 1)


def level_value(rng, ranges, level):
    low, high = ranges[level]
    value = math.exp(rng.uniform(math.log(low), math.log(high)))
    return round(value, 2) if value < 1000 else round(value, 1)


def report(index, seed, gazetteer):
    """One report as (text, kind) where kind is txt or html; the text is simplified Chinese."""
    rng = random.Random(f"{seed}:{index}")
    code = gazetteer.pick(rng)
    host, level, parent = gazetteer.rows[code]
    unit, secretary_title, head_title = unit_of(host, level)
    province = gazetteer.province_of(code)
    year = rng.randint(2015, 2025)
    month = rng.choice([1, 4, 4, 7, 7, 10, 12])
    actual_month = month + rng.choice([0, 0, 1]) if month != 12 else 12
    day = rng.randint(1, 28)
    meeting = rng.choice(MEETINGS[month]).format(year=year)
    secretary, head = person(rng), person(rng)
    deputies = [person(rng) for _ in range(rng.randint(2, 7))]
    chair, speaker = (secretary, head) if rng.random() < 0.6 else (head, secretary)
    chair_title = secretary_title if chair == secretary else f"{unit}委副书记、{head_title}"
    speaker_title = head_title if speaker == head else secretary_title
    if level == "county" and parent and gazetteer.rows[parent][1] == "prefecture" and rng.random() < 0.3:
        chair_title = f"{gazetteer.rows[parent][0][:-1]}市委常委、{chair_title}"
    goal_phrase, stance = rng.choice(GOALS[month])
    period = PERIODS[month]
    lines = []

    if rng.random() < 0.4:
        lines.append(rng.choice(CLUTTER_TOP))
    headline = f"{host}召开{meeting}"
    lines.append(headline)
    if rng.random() < 0.5:
        lines.append(f"{chair}在{meeting}上强调 奋战{NEXT_QUARTER[month]} 确保“{goal_phrase}”")
    if rng.random() < 0.5:
        lines.append(f"时间:{year}-{actual_month:02d}-{day:02d} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}  来源:{host}{rng.choice(MEDIA)}")
    lines.append("")

    half = rng.choice(["上午", "下午", ""])
    lines.append(f"{actual_month}月{day}日{half},{host}召开{meeting},{rng.choice(['总结', '分析', '研判'])}{period}经济运行情况,"
                 f"安排部署{NEXT_QUARTER[month]}工作。{chair_title}{chair}主持会议并讲话,{speaker_title}{speaker}"
                 f"{rng.choice(['点评', '通报有关情况', '作具体部署', '出席'])},{unit}领导{'、'.join(deputies)}等参加。")

    # Results with parallel lists.
    codes = rng.sample(list(INDICATORS), rng.randint(3, 7))
    names = [rng.choice(INDICATORS[c][0]) for c in codes]
    rates = [growth(rng, *INDICATORS[c][2]) for c in codes]
    rate_texts = [f"{r}%" if r >= 0 else f"下降{-r}%" for r in rates]
    results = [f"{period},全{unit}{'、'.join(names)}分别增长{'、'.join(rate_texts)}"]
    if rng.random() < 0.7:
        gdp = level_value(rng, INDICATORS["GDP"][1], level)
        results.append(f"实现地区生产总值{gdp}亿元,同比增长{growth(rng, 1.5, 9.5)}%,增幅{rng.choice(['高于', '低于', '持平于'])}全省{growth(rng, 0.1, 2.0)}个百分点")
    results.append(f"主要指标{rng.choice(['稳中有进', '稳中向好', '总体平稳'])},实现了“{rng.choice(['开门稳', '开门红', '双过半', '季季红'])}”")
    lines.append(f"会议指出,今年以来,全{unit}上下{rng.choice(CLAUSES)},{'；'.join(results)}。")

    # Targets.
    target_codes = rng.sample(list(INDICATORS), rng.randint(2, 4))
    targets = []
    for c in target_codes:
        name = rng.choice(INDICATORS[c][0])
        if INDICATORS[c][1] and rng.random() < 0.4:
            targets.append(f"{name}突破{level_value(rng, INDICATORS[c][1], level):g}亿元")
        else:
            targets.append(f"{name}增长{growth(rng, max(0.5, INDICATORS[c][2][0]), INDICATORS[c][2][1])}%{rng.choice(['以上', '左右', ''])}")
    target_year = year + 1 if month == 12 else year
    lines.append(f"{chair}强调,要锚定{target_year}年目标不放松,确保{'、'.join(targets)},奋战{NEXT_QUARTER[month]},"
                 + (f"确保“{goal_phrase}”。" if stance == "goal" else f"在实现“{goal_phrase}”的基础上再接再厉。"))

    # Body paragraphs up to the target size.
    target_bytes = int(math.exp(rng.uniform(math.log(1000), math.log(9500))))
    body = "\n".join(lines)
    names_for_openers = [chair, speaker]
    while len(body.encode("utf-8")) < target_bytes - 300:
        opener = rng.choice(OPENERS).format(name=rng.choice(names_for_openers))
        parts = [f"{rng.choice(VERBS)}{rng.choice(OBJECTS)}" for _ in range(rng.randint(3, 7))]
        paragraph = f"{opener},要{rng.choice(CLAUSES)},{'、'.join(parts[:2])},{','.join(parts[2:])},{rng.choice(AIMS)}。"
        if rng.random() < 0.15:
            c = rng.choice(list(INDICATORS))
            paragraph += f"{period}{rng.choice(INDICATORS[c][0])}增长{growth(rng, *INDICATORS[c][2])}%。"
        lines.append(paragraph)
        body = "\n".join(lines)

    lines.append("")
    if rng.random() < 0.4:
        lines.append(rng.choice(CLUTTER_BOTTOM).format(host=host, code=code))
    source = f"{host}{rng.choice(MEDIA)}" if rng.random() < 0.5 else f"{province[:2]}日报"
    lines.append(f"来源:{source}")
    reporters = [person(rng) for _ in range(rng.randint(2, 3))]
    lines.append(rng.choice([f"作者:{' '.join(reporters)}", f"(记者 {reporters[0]} 通讯员 {reporters[-1]})",
                             f"责任编辑:{reporters[0]}"]))
    return headline, lines, (year, actual_month, day, source)


def html_page(headline, lines, meta):
    year, month, day, source = meta
    paragraphs = "\n".join(f"<p style=\"text-indent:2em\">{line}</p>" for line in lines[1:] if line)
    return f"""<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>{headline}_{source}</title>
<meta name="PubDate" content="{year}-{month:02d}-{day:02d} 10:00"><meta name="ContentSource" content="{source}">
<script>var _hmt = _hmt || []; (function() {{ var hm = document.createElement("script"); }})();</script>
<style>.nav li {{ float: left; }} p {{ line-height: 2; }}</style></head>
<body><div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/xw/">新闻中心</a></li><li><a href="/zw/">政务公开</a></li></ul></div>
<div class="crumb">当前位置:<a href="/">首页</a> &gt; <a href="/xw/">本地要闻</a></div>
<div class="article"><h1>{headline}</h1>
<div class="info">发布时间:{year}-{month:02d}-{day:02d} &nbsp; 来源:{source} &nbsp; 【字体:大 中 小】</div>
{paragraphs}
</div>
<div class="share">分享到:<a href="#">微信</a> <a href="#">微博</a></div>
<div class="footer">版权所有 &copy; {source} &nbsp; 备案号:ICP备{day:02d}{month:02d}{year}号</div>
</body></html>
"""


def annotate(text, rng):
    """Pinyin after some traditional characters, as some sites print them: 穩(wěn)."""
    out = []
    for char in text:
        out.append(char)
        if char in PINYIN and rng.random() < 0.6:
            out.append(f"({PINYIN[char]})")
    return "".join(out)


def render(index, seed, gazetteer, traditional):
    """The bytes of document `index` and its file extension."""
    headline, lines, meta = report(index, seed, gazetteer)
    rng = random.Random(f"{seed}:{index}:form")
    roll = rng.random()
    if roll < 0.02:
        return html_page(headline, lines, meta).encode("utf-8"), "html"
    text = "\n".join(lines) + "\n"
    if roll < 0.07:
        return text.encode("gb18030"), "txt"
    if roll < 0.12:
        return annotate(traditional.convert(text), rng).encode("utf-8"), "txt"
    if roll < 0.15:
        text = text.translate(str.maketrans("0123456789%.", "０１２３４５６７８９％．"))
    return text.encode("utf-8"), "txt"


def generate(docs, seed, out):
    gazetteer = Gazetteer(os.path.join(ROOT, "data", "cn-divisions.tsv"))
    traditional = Traditional()
    total = 0
    for index in range(docs):
        folder = os.path.join(out, f"{index // PER_FOLDER:04d}")
        if index % PER_FOLDER == 0:
            os.makedirs(folder, exist_ok=True)
        data, extension = render(index, seed, gazetteer, traditional)
        with open(os.path.join(folder, f"{index:07d}.{extension}"), "wb") as f:
            f.write(data)
        total += len(data)
    return total


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, required=True, help="number of reports")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", required=True, help="folder to write (created)")
    args = parser.parse_args()
    total = generate(args.docs, args.seed, args.out)
    print(f"{args.docs} reports, {total / 1e6:.1f} MB in {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
