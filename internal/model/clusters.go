package model

import "sort"

// clusterTable maps words to Brown cluster paths inside a model, so that a
// model file carries the clusters it was trained with.
type clusterTable struct {
	tab    *table   // mix(hashString(word)) → cluster id; nil once loaded
	idx    *frozen  // the lookup form of tab
	paths  []string // cluster id → bit path
	prefix [][4]uint64
}

// clusterPrefixes are the path prefix lengths used as features.
var clusterPrefixes = [4]int{4, 6, 10, 20}

// newClusterTable builds a table from word → path pairs.
func newClusterTable(words map[string]string) *clusterTable {
	list := make([]string, 0, len(words))
	seen := map[string]bool{}
	var paths []string
	for w, p := range words {
		list = append(list, w)
		if !seen[p] {
			seen[p] = true
			paths = append(paths, p)
		}
	}
	sort.Strings(list)
	sort.Strings(paths)
	id := make(map[string]uint32, len(paths))
	for i, p := range paths {
		id[p] = uint32(i)
	}
	c := &clusterTable{tab: newTable(len(list)), paths: paths}
	for _, w := range list {
		c.tab.put(clusterKey(hashString(w)), id[words[w]])
	}
	c.init()
	return c
}

// clusterKey turns a word hash into a table key.
func clusterKey(h uint64) uint64 {
	k := mix(h)
	if k == 0 {
		k = 1
	}
	return k
}

// init computes the prefix hashes of every path and, if not loaded
// already, the lookup form of the table.
func (c *clusterTable) init() {
	if c.idx == nil {
		c.idx = c.tab.freeze()
	}
	c.prefix = make([][4]uint64, len(c.paths))
	for i, p := range c.paths {
		for k, n := range clusterPrefixes {
			if n > len(p) {
				n = len(p)
			}
			c.prefix[i][k] = hashString(p[:n]) | 1
		}
	}
}

// find returns the prefix hashes of the cluster of a word given the hashes
// of its digit-normalized exact, lower-case and capitalized forms, tried in
// that order like cluster.Clusters.Lookup does.
func (c *clusterTable) find(keys *[3]uint64) ([4]uint64, bool) {
	if c == nil {
		return [4]uint64{}, false
	}
	for _, h := range keys {
		if id, ok := c.idx.get(clusterKey(h)); ok {
			return c.prefix[id], true
		}
	}
	return [4]uint64{}, false
}
