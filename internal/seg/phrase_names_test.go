package seg

import "testing"

// TestPhraseSparesNames: common personal names are not taken for words.
func TestPhraseSparesNames(t *testing.T) {
	for _, n := range []string{"马俊", "马燕", "蓝雨", "王强", "李明", "张伟", "凌子轩", "孙鑫丹", "黄俊杰", "陈子涵", "刘婷", "司马俊", "欧阳晓琳", "岑海涛"} {
		if Phrase(n) {
			t.Errorf("Phrase(%q) = true: a name taken for words", n)
		}
	}
}
