"""An office's old customer sheet as the import wizard's tests (and its screenshots) meet it:
a GBK CSV from Excel with a title line above the header, 20 customers of which a few are bad."""

from __future__ import annotations

from pathlib import Path

HEADER = ["姓名", "公司", "手机", "电子邮件", "城市", "成立日期", "地址"]

GOOD = [
    [
        "张伟",
        "华东机电有限公司",
        "13800138000",
        "zhangwei@huadong.cn",
        "上海",
        "2010/3/5",
        "浦东新区张江路88号",
    ],
    [
        "王芳",
        "南方建材股份有限公司",
        "13912345678",
        "wangfang@nanfang.com",
        "广州",
        "2012-06-18",
        "天河区体育西路1号",
    ],
    [
        "李娜",
        "北方重工集团",
        "13611112222",
        "lina@beifang.cn",
        "沈阳",
        "2008年9月1日",
        "铁西区建设大路6号",
    ],
    [
        "刘洋",
        "西部物流有限公司",
        "13722223333",
        "liuyang@xibu56.com",
        "成都",
        "2015.4.20",
        "武侯区天府大道9号",
    ],
    [
        "陈静",
        "东海食品有限公司",
        "13533334444",
        "chenjing@donghai.cn",
        "宁波",
        "20110712",
        "鄞州区中山东路3号",
    ],
    [
        "杨磊",
        "中原电气设备厂",
        "13344445555",
        "yanglei@zydq.cn",
        "郑州",
        "2009/11/30",
        "金水区花园路21号",
    ],
    [
        "赵敏",
        "江南纺织有限公司",
        "13255556666",
        "zhaomin@jnfz.com",
        "苏州",
        "2013-02-14",
        "工业园区星湖街5号",
    ],
    [
        "黄强",
        "岭南医药连锁",
        "13166667777",
        "huangqiang@lnyy.cn",
        "深圳",
        "2016/8/8",
        "南山区科技园南区",
    ],
    [
        "周婷",
        "华北化工有限公司",
        "13077778888",
        "zhouting@hbhg.cn",
        "天津",
        "2007-05-01",
        "滨海新区黄海路2号",
    ],
    [
        "吴军",
        "长江船舶配件厂",
        "15088889999",
        "wujun@cjcb.com",
        "武汉",
        "2014/10/10",
        "江岸区沿江大道7号",
    ],
    [
        "徐丽",
        "东北农机有限公司",
        "15199990000",
        "xuli@dbnj.cn",
        "长春",
        "2011-01-20",
        "朝阳区人民大街11号",
    ],
    [
        "孙浩",
        "西南电子科技",
        "15200001111",
        "sunhao@xndz.com",
        "重庆",
        "2017/3/3",
        "渝北区金开大道15号",
    ],
    [
        "马超",
        "西北能源有限公司",
        "15311112222",
        "machao@xbny.cn",
        "西安",
        "2006-12-12",
        "高新区科技路36号",
    ],
    [
        "朱琳",
        "华中印刷有限公司",
        "15522223333",
        "zhulin@hzys.cn",
        "长沙",
        "2018/6/6",
        "岳麓区麓谷大道4号",
    ],
    [
        "胡斌",
        "海峡贸易有限公司",
        "15633334444",
        "hubin@hxmy.com",
        "厦门",
        "2019-09-09",
        "思明区湖滨南路8号",
    ],
    [
        "郭静",
        "渤海水产有限公司",
        "15744445555",
        "guojing@bhsc.cn",
        "大连",
        "2005/7/7",
        "中山区人民路19号",
    ],
]
BAD = [
    # (row, what is wrong)
    [
        "",
        "无名贸易有限公司",
        "13855556666",
        "nobody@wumy.cn",
        "南京",
        "2012/5/5",
        "鼓楼区中山路1号",
    ],
    ["林峰", "闽江茶业有限公司", "12345", "linfeng@mjcy.cn", "福州", "2013/6/6", "鼓楼区五四路2号"],
    [
        "何平",
        "珠江电器有限公司",
        "13966667777",
        "heping@zjdq.cn",
        "佛山",
        "2024年13月45日",
        "顺德区大良街道",
    ],
    [
        "罗敏",
        "黄河机械有限公司",
        "13677778888",
        "luomin@hhjx.cn",
        "兰州",
        "2010/2/2",
        "城关区东岗西路" * 50,
    ],
]
PREAMBLE = ["客户资料（旧系统导出）2024年3月"]


def office_rows() -> list[list[str]]:
    """20 rows: the 16 good ones with the bad ones among them."""
    rows = list(GOOD)
    for offset, bad in enumerate(BAD):
        rows.insert(3 + offset * 4, bad)
    return rows


def write_office_csv(path: Path, encoding: str = "gbk") -> Path:
    """The sheet as Excel saves it on a Chinese Windows: GBK, CRLF, a title line first."""
    lines = [",".join(PREAMBLE)] + [",".join(HEADER)] + [",".join(row) for row in office_rows()]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode(encoding))
    return path


def write_dates_csv(path: Path) -> Path:
    """A sheet whose dates read as day/month and month/day alike (03/05/2024)."""
    lines = [
        "姓名,公司,成立日期",
        "钱进,钱氏五金,03/05/2014",
        "冯雪,冯记食品,04/06/2015",
        "韩梅,韩氏服装,01/02/2016",
    ]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))
    return path
