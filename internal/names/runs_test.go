package names

import (
	"slices"
	"strings"
	"testing"
)

// TestRunsRoster: heldout111's 麻城 新能源 seat chart as OCR read it, each
// row of desks one run of names, read by the register's 37 names (as the
// register's scan read them: 王佳翡, 张均怡, 阮若莘 … for the chart's 王佳荐,
// 张歼恰, 阮若芋). The chart's 38 names come back, 夏雨晨 (no record) among
// them, the pieces no register name explains read as names (阮若芋王怡莹:
// three and three, the one way it splits); the title, 讲台, (空) and the
// foot give none.
func TestRunsRoster(t *testing.T) {
	t.Parallel()
	page := `新能源2401班座位表
麻城市龟峰山技工学校2024一2025学年第一学期
讲台
方晓婷李冠霖程新阳张景瑞王颖慧王佳荐
张歼恰李妙涵陈兆麟方宇杰夏雨晨戴思源
鲍梓航王杰豪陈泓博陈军程洋涂炜辰
方语涵王舒雅吴锦辉李沛文余尚文张宛婷
阮若芋王怡莹汪欣怡程卑翔方雅琪鲍悦然
程翰宇汪博宇张昕悦戴浩轩涂煜祺张洁琳
方静余天琦(空) (空) (空) (空)
班主任:余红霞共38人(男18人，女20人)`
	register := strings.Fields(`方晓婷 李冠霖 程新阳 张景瑞 王颖慧 王佳翡 张均怡 李妙涵 陈兆麟 方宇杰 戴思源
		鲍梓航 王杰豪 陈泓博 陈军 程洋 涂炜辰 方语涵 王舒雅 吴锦辉 李沛文 余尚文 张宛婷 阮若莘 王怡营
		汪欣怡 程皓翔 方雅琪 鲍悦然 程翰宇 汪博宇 张昕悦 戴浩轩 涂煜祺 张洁琳 方静 余天琦`)
	got := RunsRoster([]string{page}, register)
	want := strings.Fields(`方晓婷 李冠霖 程新阳 张景瑞 王颖慧 王佳荐 张歼恰 李妙涵 陈兆麟 方宇杰 夏雨晨 戴思源
		鲍梓航 王杰豪 陈泓博 陈军 程洋 涂炜辰 方语涵 王舒雅 吴锦辉 李沛文 余尚文 张宛婷 阮若芋 王怡莹
		汪欣怡 程卑翔 方雅琪 鲍悦然 程翰宇 汪博宇 张昕悦 戴浩轩 涂煜祺 张洁琳 方静 余天琦`)
	if !slices.Equal(got, want) {
		t.Errorf("read %d names:\n%v\nwant %d:\n%v", len(got), got, len(want), want)
	}
	if got := Roster([]string{page}); len(got) >= len(want) {
		t.Errorf("the usual reading already reads the chart (%d names): the case no longer tests RunsRoster", len(got))
	}
}

// Lines that are no names run together give nothing: one known name in a
// sentence, known names covering less than half the run, a piece that
// splits into names in two ways none of which the class explains.
func TestRunsRosterNotNames(t *testing.T) {
	t.Parallel()
	known := []string{"王颖慧", "张景瑞", "李冠霖"}
	for _, c := range []struct{ name, line string }{
		{"one known name", "王颖慧同学负责本组的电池包绝缘检测"},
		{"names a small part of the run", "王颖慧张景瑞两位同学负责本组的电池包绝缘检测与密封修复工作"},
		{"a piece read two ways", "王颖慧张景瑞王明李华强"}, // 王明 李华强, or 王明李 华强
	} {
		got := RunsRoster([]string{c.line}, known)
		if c.name == "a piece read two ways" {
			got = slices.DeleteFunc(got, func(n string) bool { return slices.Contains(known, n) })
		}
		if len(got) > 0 {
			t.Errorf("%s: read %v", c.name, got)
		}
	}
}
