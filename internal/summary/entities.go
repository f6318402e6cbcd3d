package summary

import (
	"sort"
	"strings"

	"github.com/prensa-nlp/prensa/internal/entity"
	"github.com/prensa-nlp/prensa/internal/normalize"
)

// Entities groups the mentions ms (in text order, as the pipeline returns
// them) into entities and returns them most salient first: by number of
// mentions, then by first appearance. It sets ms[i].Entity to the index
// of the mention's entity in the result, which is empty, not nil, when ms
// is.
//
// Two mentions are one entity when they share an id, or a type and a
// canonical name (the gazetteer already joins "EE.UU." and "Estados
// Unidos", "Pyongyang" and "Pionyang"), when one is an acronym in
// parentheses right after the other ("Organización Mundial de la Salud
// (OMS)"), or when one is the surname alone of a person named in full
// elsewhere in the document and no other person there has that surname.
func Entities(text string, ms []entity.Entity) []entity.Item {
	u := newUnion(len(ms))
	byID := map[string]int{}
	byName := map[string]int{}
	for i, m := range ms {
		if m.ID != "" {
			if j, ok := byID[m.ID]; ok {
				u.join(j, i)
			} else {
				byID[m.ID] = i
			}
		}
		k := nameKey(m.Type, m.Canonical)
		if j, ok := byName[k]; ok {
			u.join(j, i)
		} else {
			byName[k] = i
		}
	}
	joinAcronyms(text, ms, u)
	joinSurnames(ms, u)
	return items(ms, u)
}

// nameKey is the key that joins mentions of one type and canonical name.
func nameKey(t entity.Type, canonical string) string {
	return string(t) + "\x00" + strings.ToLower(normalize.Key(canonical))
}

// joinAcronyms joins a name and an acronym of it written in parentheses
// right after it, in either order: "Organización Mundial de la Salud
// (OMS)" or "OMS (Organización Mundial de la Salud)".
func joinAcronyms(text string, ms []entity.Entity, u *union) {
	for i := 0; i+1 < len(ms); i++ {
		a, b := ms[i], ms[i+1]
		if a.End > b.Start || strings.TrimSpace(text[a.End:b.Start]) != "(" {
			continue
		}
		if !strings.HasPrefix(strings.TrimLeft(text[b.End:], " \t"), ")") {
			continue
		}
		if isAcronymOf(b.Text, a.Text) || isAcronymOf(a.Text, b.Text) {
			u.join(i, i+1)
		}
	}
}

// joinSurnames joins the one-word mentions of people to the person named
// in full whose last word they are, when exactly one such person is named
// in the document.
func joinSurnames(ms []entity.Entity, u *union) {
	full := map[string]int{} // surname key → a mention of the full name; -1 when people of several entities share it
	for i, m := range ms {
		words := strings.Fields(m.Canonical)
		if m.Type != entity.PER || len(words) < 2 {
			continue
		}
		k := surnameKey(words[len(words)-1])
		if j, ok := full[k]; ok {
			if j >= 0 && u.find(j) != u.find(i) {
				full[k] = -1
			}
			continue
		}
		full[k] = i
	}
	for i, m := range ms {
		if m.Type != entity.PER || len(strings.Fields(m.Canonical)) != 1 {
			continue
		}
		if j, ok := full[surnameKey(m.Canonical)]; ok && j >= 0 {
			u.join(j, i)
		}
	}
}

// surnameKey is the key that compares surnames.
func surnameKey(w string) string { return strings.ToLower(normalize.Key(strings.TrimSpace(w))) }

// items builds the summary from the groups of u and numbers the mentions.
func items(ms []entity.Entity, u *union) []entity.Item {
	rep := map[int]int{} // group root → index of its item in out
	var out []entity.Item
	var heads []int // per item: the mention that names it
	for i, m := range ms {
		r := u.find(i)
		k, ok := rep[r]
		if !ok {
			k = len(out)
			rep[r] = k
			out = append(out, entity.Item{FirstStart: m.Start, Forms: []string{}})
			heads = append(heads, i)
		}
		it := &out[k]
		it.Mentions++
		if h := ms[heads[k]]; m.Canonical != h.Canonical && better(m, h) || m.ID != "" && h.ID == "" {
			heads[k] = i
		}
		if !contains(it.Forms, m.Text) {
			it.Forms = append(it.Forms, m.Text)
		}
	}
	// a head has an id when any mention of its entity has one (better)
	for k, h := range heads {
		out[k].Canonical, out[k].Type, out[k].ID = ms[h].Canonical, ms[h].Type, ms[h].ID
	}
	order := make([]int, len(out))
	for k := range order {
		order[k] = k
	}
	sort.SliceStable(order, func(a, b int) bool {
		x, y := out[order[a]], out[order[b]]
		if x.Mentions != y.Mentions {
			return x.Mentions > y.Mentions
		}
		return x.FirstStart < y.FirstStart
	})
	rank := make([]int, len(out))
	sorted := make([]entity.Item, len(out))
	for pos, k := range order {
		rank[k] = pos
		sorted[pos] = out[k]
	}
	for i := range ms {
		ms[i].Entity = rank[rep[u.find(i)]]
	}
	return sorted
}

// better reports whether mention m names its entity better than the
// current head h: a known id first, then the longer canonical name
// ("Organización Mundial de la Salud" over "OMS", "Ana Pérez" over
// "Pérez"); on a tie the earlier mention stays.
func better(m, h entity.Entity) bool {
	if (m.ID != "") != (h.ID != "") {
		return m.ID != ""
	}
	return len(strings.Fields(m.Canonical)) > len(strings.Fields(h.Canonical))
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// union is a disjoint-set forest over mention indices.
type union struct{ parent []int }

func newUnion(n int) *union {
	p := make([]int, n)
	for i := range p {
		p[i] = i
	}
	return &union{p}
}

// find returns the root of i's set.
func (u *union) find(i int) int {
	for u.parent[i] != i {
		u.parent[i] = u.parent[u.parent[i]]
		i = u.parent[i]
	}
	return i
}

// join merges the sets of i and j; the smaller root stays the root.
func (u *union) join(i, j int) {
	a, b := u.find(i), u.find(j)
	if a == b {
		return
	}
	if b < a {
		a, b = b, a
	}
	u.parent[b] = a
}
