package load

import (
	"os"
	"runtime"
	"runtime/pprof"
	"testing"
)

func TestZZHeap(t *testing.T) {
	dir := os.Getenv("ZZDIR")
	if dir == "" {
		t.Skip()
	}
	runtime.MemProfileRate = 4096
	fsys, _ := Dir(dir)
	res := Load(fsys)
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	t.Logf("live heap after load: %d MB, reports %d", ms.HeapAlloc>>20, len(res.Repo.Reports))
	f, _ := os.Create("/tmp/perf/heap.prof")
	pprof.Lookup("heap").WriteTo(f, 0)
	f.Close()
	runtime.KeepAlive(res)
}
